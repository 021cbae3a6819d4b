using Microsoft.Kiota.Abstractions;

namespace Seedance.Contracts.Http;

/// <summary>
/// Reads Kiota request options back out of <see cref="HttpRequestMessage.Options"/>. Kiota's adapter
/// copies every <see cref="IRequestOption"/> of a <see cref="RequestInformation"/> into the message,
/// keyed by the option type's full name, so handlers can see per-call settings.
/// </summary>
internal static class HttpRequestMessageOptions
{
    private static readonly HttpRequestOptionsKey<int> AttemptKey = new("Seedance.Attempt");
    private static readonly HttpRequestOptionsKey<int> SendNumberKey = new("Seedance.SendNumber");

    public static T? GetOption<T>(this HttpRequestMessage request) where T : class, IRequestOption =>
        request.Options.TryGetValue(new HttpRequestOptionsKey<IRequestOption>(typeof(T).FullName!), out var option)
            ? option as T
            : null;

    public static void SetOption<T>(this HttpRequestMessage request, T option) where T : class, IRequestOption =>
        request.Options.Set(new HttpRequestOptionsKey<IRequestOption>(typeof(T).FullName!), option);

    /// <summary>The 1-based attempt number the retry handler stamped on the message (1 when none).</summary>
    public static int GetAttempt(this HttpRequestMessage request) =>
        request.Options.TryGetValue(AttemptKey, out var attempt) ? attempt : 1;

    public static void SetAttempt(this HttpRequestMessage request, int attempt) => request.Options.Set(AttemptKey, attempt);

    /// <summary>The send number <see cref="SendStamperHandler"/> gave the message (0 when it did not pass it).</summary>
    public static int GetSendNumber(this HttpRequestMessage request) =>
        request.Options.TryGetValue(SendNumberKey, out var number) ? number : 0;

    public static void SetSendNumber(this HttpRequestMessage request, int number) => request.Options.Set(SendNumberKey, number);
}
