using Microsoft.Kiota.Abstractions;

namespace Seedance.Contracts.Http;

/// <summary>
/// Tells the SDK's retry layer how to treat a request. Without it the method decides:
/// GET, HEAD, OPTIONS, DELETE and PUT are <see cref="RequestSafety.Idempotent"/>; POST, PATCH and
/// anything else are <see cref="RequestSafety.Create"/>.
/// </summary>
internal sealed class RequestSafetyOption : IRequestOption
{
    /// <summary>Creates the option.</summary>
    public RequestSafetyOption(RequestSafety safety) => Safety = safety;

    /// <summary>How the request may be retried.</summary>
    public RequestSafety Safety { get; }

    /// <summary>The safety of a request: its option if set, otherwise the default for its method.</summary>
    public static RequestSafety Resolve(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.GetOption<RequestSafetyOption>()?.Safety ?? ForMethod(request.Method);
    }

    /// <summary>The default safety of an HTTP method.</summary>
    public static RequestSafety ForMethod(HttpMethod method)
    {
        ArgumentNullException.ThrowIfNull(method);
        return method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options
               || method == HttpMethod.Delete || method == HttpMethod.Put
            ? RequestSafety.Idempotent
            : RequestSafety.Create;
    }
}
