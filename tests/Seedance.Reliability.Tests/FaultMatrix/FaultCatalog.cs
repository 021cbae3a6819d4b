using System.Globalization;
using Seedance.Conformance.Replay;
using Seedance.Contracts.Http;
using Seedance.Reliability.Tests.TestKit;

namespace Seedance.Reliability.Tests.FaultMatrix;

/// <summary>How a fault is served.</summary>
internal enum FaultMode
{
    /// <summary>Every attempt gets the fault.</summary>
    Persists,

    /// <summary>The first attempt gets the fault, later ones the documented success body.</summary>
    Once,
}

/// <summary>Where the matrix points the client for a fault.</summary>
internal enum FaultTarget
{
    /// <summary>The replay host serves the fault.</summary>
    Host,

    /// <summary>A port nobody listens on: the connection is refused before a byte is sent.</summary>
    ClosedPort,

    /// <summary>The first connection attempt is refused (simulated in the primary handler), then the host answers.</summary>
    RefusedOnceThenHost,

    /// <summary>The host holds the response past the per-call timeout, which fires once the request has arrived.</summary>
    HostWithShortTimeout,
}

/// <summary>The expected end of a matrix cell: an outcome name (<c>ok</c> or a short exception name) and the attempts the journal shows.</summary>
internal sealed record Expected(string Outcome, int Attempts)
{
    /// <inheritdoc />
    public override string ToString() => $"{Outcome} ×{Attempts}";
}

/// <summary>One fault of the matrix.</summary>
/// <param name="Id">Stable row id, e.g. <c>status-503</c>.</param>
/// <param name="Description">What the server does (the matrix row label).</param>
/// <param name="Mode">Persists or once-then-success.</param>
/// <param name="Target">Where the client is pointed.</param>
/// <param name="Responder">Builds the responder for an operation; null for <see cref="FaultTarget.ClosedPort"/>.</param>
/// <param name="SentBeforeFault">True when the fault may come after the server received the request (so a create call must not be replayed).</param>
/// <param name="IdempotentRetries">True when the policy retries an idempotent call on this fault.</param>
/// <param name="CreateRetries">True when the policy retries a create call on this fault (429, connection refused).</param>
/// <param name="FailureType">The typed exception once the SDK stops.</param>
internal sealed record Fault(
    string Id,
    string Description,
    FaultMode Mode,
    FaultTarget Target,
    Func<ReliabilityOperation, TimeProvider, ReplayResponder>? Responder,
    bool SentBeforeFault,
    bool IdempotentRetries,
    bool CreateRetries,
    string FailureType)
{
    /// <summary>The row key: id plus mode.</summary>
    public string Key => Mode == FaultMode.Once ? Id + " (once)" : Id;

    /// <inheritdoc />
    public override string ToString() => Key;
}

/// <summary>
/// The faults and THE policy: what each safety class must end in for each fault. Written once, here;
/// every matrix cell asserts reality against it and the fault matrix in docs/reliability.md is
/// generated from it.
/// </summary>
internal static class FaultCatalog
{
    /// <summary>Attempts when a retryable fault persists: the first plus <see cref="RetryOptions.MaxRetries"/> (default 3).</summary>
    public static readonly int MaxAttempts = 1 + new RetryOptions().MaxRetries;

    /// <summary>50 MiB.</summary>
    public const long LargeBodyBytes = 50L * 1024 * 1024;

    /// <summary>The per-call timeout of the delay fault; the cell's fake clock passes it once the server holds the request (<see cref="MatrixRunner"/>).</summary>
    public static readonly TimeSpan ShortCallTimeout = TimeSpan.FromMilliseconds(300);

    /// <summary>How long the delay fault holds the response (ended early when the client gives up).</summary>
    public static readonly TimeSpan LongServerDelay = TimeSpan.FromSeconds(30);

    /// <summary>Every fault, in matrix row order.</summary>
    public static IReadOnlyList<Fault> All { get; } = Build();

    /// <summary>The fault with this key.</summary>
    public static Fault Get(string key) => All.Single(f => f.Key == key);

    /// <summary>THE policy: the expected outcome of <paramref name="fault"/> for a call of safety <paramref name="safety"/>.</summary>
    public static Expected Expect(Fault fault, RequestSafety safety)
    {
        var retries = safety == RequestSafety.Create ? fault.CreateRetries : fault.IdempotentRetries;
        // A create call is never sent twice when the server may have received it, whatever the fault.
        if (safety == RequestSafety.Create && fault.SentBeforeFault && retries)
            throw new InvalidOperationException($"policy error: {fault.Key} may come after the server received the request, so create must not retry it");
        if (!retries) return new Expected(fault.FailureType, 1);
        return fault.Mode == FaultMode.Once ? new Expected("ok", 2) : new Expected(fault.FailureType, MaxAttempts);
    }

    private static List<Fault> Build()
    {
        var faults = new List<Fault>();

        void Both(string id, string description, FaultTarget target, Func<ReliabilityOperation, TimeProvider, ReplayResponder>? responder,
            bool sentBefore, bool idempotentRetries, bool createRetries, string failure)
        {
            faults.Add(new Fault(id, description, FaultMode.Persists, target, responder, sentBefore, idempotentRetries, createRetries, failure));
            faults.Add(new Fault(id, description, FaultMode.Once, target == FaultTarget.ClosedPort ? FaultTarget.RefusedOnceThenHost : target,
                responder, sentBefore, idempotentRetries, createRetries, failure));
        }

        void Single(string id, string description, FaultTarget target, Func<ReliabilityOperation, TimeProvider, ReplayResponder>? responder,
            bool sentBefore, bool idempotentRetries, bool createRetries, string failure) =>
            faults.Add(new Fault(id, description, FaultMode.Persists, target, responder, sentBefore, idempotentRetries, createRetries, failure));

        foreach (var status in new[] { 500, 502, 503, 504 })
        {
            Both($"status-{status}", $"{status} with a JSON error body", FaultTarget.Host,
                (op, _) => Faults.Status(status, ServerErrorBody(op)), sentBefore: true, idempotentRetries: true, createRetries: false, "Server");
        }

        Both("429-retry-after-1s", "429, `Retry-After: 1`", FaultTarget.Host,
            (_, _) => Faults.TooManyRequests("1"), sentBefore: false, idempotentRetries: true, createRetries: true, "RateLimit");
        Single("429-retry-after-3600s", "429, `Retry-After: 3600` (beyond the 60 s cap: fails at once, `RetryAfter` = 1 h)", FaultTarget.Host,
            (_, _) => Faults.TooManyRequests("3600"), sentBefore: false, idempotentRetries: false, createRetries: false, "RateLimit");
        Both("429-retry-after-date", "429, `Retry-After` as an HTTP date 20 s ahead", FaultTarget.Host,
            (_, time) => Faults.TooManyRequests(time.GetUtcNow().AddSeconds(20).ToString("R", CultureInfo.InvariantCulture)),
            sentBefore: false, idempotentRetries: true, createRetries: true, "RateLimit");

        Single("delay-past-timeout", $"no answer for {LongServerDelay.TotalSeconds:0} s; per-call timeout {ShortCallTimeout.TotalMilliseconds:0} ms", FaultTarget.HostWithShortTimeout,
            (op, _) => Faults.Delay(LongServerDelay, Faults.Status(200, OperationTable.SuccessBody(op))),
            sentBefore: true, idempotentRetries: false, createRetries: false, "Timeout");

        Both("connection-refused", "connection refused (nothing listens; no byte sent)", FaultTarget.ClosedPort, null,
            sentBefore: false, idempotentRetries: true, createRetries: true, "Connection");
        Both("reset-before-response", "TCP reset after the request arrived, before any response byte", FaultTarget.Host,
            (_, _) => Faults.ConnectionReset(), sentBefore: true, idempotentRetries: true, createRetries: false, "Connection");

        // Body-phase faults on a 200: the headers have arrived, so the handler chain has returned; the body
        // breaks while Kiota reads it. Not retried for any class (see the notes under the matrix).
        Single("reset-mid-body", "200, `Content-Length` declared, TCP reset after part of the body", FaultTarget.Host,
            (_, _) => Faults.ResetMidBody(declaredLength: 8192, bytesBeforeReset: 16, contentType: "application/json"),
            sentBefore: true, idempotentRetries: false, createRetries: false, "Connection");
        Single("truncated-body", "200, documented body cut in half (FIN before `Content-Length`)", FaultTarget.Host,
            (op, _) => Faults.TruncatedBody(OperationTable.SuccessBody(op), OperationTable.SuccessBody(op).Length / 2),
            sentBefore: true, idempotentRetries: false, createRetries: false, "Connection");
        Single("invalid-json", "200, `application/json`, invalid JSON", FaultTarget.Host,
            (op, _) => Faults.Status(200, OperationTable.SuccessBody(op)[..^1] + ",", "application/json"),
            sentBefore: true, idempotentRetries: false, createRetries: false, "ResponseFormat");
        Both("html-502", "502 HTML page from a proxy", FaultTarget.Host,
            (_, _) => Faults.HtmlErrorPage(502), sentBefore: true, idempotentRetries: true, createRetries: false, "Server");
        Single("html-200", "200 HTML page (captive portal, CDN)", FaultTarget.Host,
            (_, _) => Faults.HtmlErrorPage(200), sentBefore: true, idempotentRetries: false, createRetries: false, "ResponseFormat");
        Single("empty-body-200", "200, `application/json`, empty body", FaultTarget.Host,
            (_, _) => Faults.EmptyBody(200), sentBefore: true, idempotentRetries: false, createRetries: false, "ResponseFormat");
        Single("wrong-content-type-html", "200, documented JSON body served as `text/html`", FaultTarget.Host,
            (op, _) => Faults.WrongContentType(OperationTable.SuccessBody(op), "text/html; charset=utf-8"),
            sentBefore: true, idempotentRetries: false, createRetries: false, "ResponseFormat");
        Single("wrong-content-type-text", "200, documented JSON body served as `text/plain`", FaultTarget.Host,
            (op, _) => Faults.WrongContentType(OperationTable.SuccessBody(op), "text/plain; charset=utf-8"),
            sentBefore: true, idempotentRetries: false, createRetries: false, "ResponseFormat");
        Single("large-body-200", "200, 50 MiB body labelled `application/json`", FaultTarget.Host,
            (_, _) => Faults.LargeBody(LargeBodyBytes, 200, "application/json"),
            sentBefore: true, idempotentRetries: false, createRetries: false, "ResponseFormat");
        Single("large-body-500", "500, 50 MiB body", FaultTarget.Host,
            (_, _) => Faults.LargeBody(LargeBodyBytes, 500, "text/html"),
            sentBefore: true, idempotentRetries: true, createRetries: false, "Server");
        return faults;
    }

    /// <summary>
    /// The operation's documented 5xx body when its spec has one (AceData, the Volc create route), else its
    /// first documented error body: the specs publish 5xx bodies for only a few routes.
    /// </summary>
    public static string ServerErrorBody(ReliabilityOperation op)
    {
        var errors = op.Spec.ErrorExamples.ToList();
        var pick = errors.FirstOrDefault(e => e.Status >= 500);
        return (pick.Value ?? errors.First().Value).ToJsonString();
    }
}
