using Microsoft.Kiota.Abstractions;

namespace Seedance.Contracts.Http;

/// <summary>
/// The per-call options a <see cref="SeedanceCall"/> attaches to one generated request. Pass
/// <see cref="Apply{TQuery}"/> as the <c>requestConfiguration</c> argument of any generated executor
/// method (<c>client.V1.Videos.PostAsync(body, scope.Apply, ct)</c>); C# infers the query type.
/// </summary>
internal sealed class SeedanceCallScope
{
    private readonly IRequestOption[] _options;

    internal SeedanceCallScope(RequestSafety? safety, bool deadlineManaged)
    {
        Safety = safety;
        var options = new List<IRequestOption> { Capture };
        if (safety is { } value) options.Add(new RequestSafetyOption(value));
        if (deadlineManaged) options.Add(CallDeadlineOption.Instance);
        _options = [.. options];
    }

    /// <summary>The safety class set for this call, or null to let the HTTP method decide.</summary>
    public RequestSafety? Safety { get; }

    /// <summary>Filled by the pipeline with the final response's status, headers and body start.</summary>
    public ResponseCaptureOption Capture { get; } = new();

    /// <summary>The request options of this call (capture, safety, deadline marker).</summary>
    public IReadOnlyList<IRequestOption> Options => _options;

    /// <summary>Adds this call's options to a generated request's configuration.</summary>
    public void Apply<TQuery>(RequestConfiguration<TQuery> configuration) where TQuery : class, new()
    {
        ArgumentNullException.ThrowIfNull(configuration);
        foreach (var option in _options) configuration.Options.Add(option);
    }

    /// <summary>
    /// Returns a configuration callback that applies this call's options, then the caller's own
    /// (extra headers, query parameters).
    /// </summary>
    public Action<RequestConfiguration<TQuery>> Then<TQuery>(Action<RequestConfiguration<TQuery>>? configure) where TQuery : class, new() =>
        configuration =>
        {
            Apply(configuration);
            configure?.Invoke(configuration);
        };

    /// <summary>Adds this call's options to a hand-built <see cref="RequestInformation"/>.</summary>
    public void Apply(RequestInformation request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.AddRequestOptions(_options);
    }
}
