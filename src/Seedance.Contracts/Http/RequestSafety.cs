using System.Text.Json.Serialization;

namespace Seedance.Contracts.Http;

/// <summary>Whether a request may be replayed after the server could have seen it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RequestSafety>))]
public enum RequestSafety
{
    /// <summary>
    /// Replaying it does no harm: reads, deletes, cancels that are safe to repeat, and provider "query"
    /// routes that happen to use POST (AceData <c>POST /seedance/tasks</c>). Retried on the statuses in
    /// <see cref="RetryOptions.IdempotentRetryStatuses"/> and on any transient network failure.
    /// </summary>
    Idempotent,

    /// <summary>
    /// A create call: it costs money and may start a job. Retried only when the server cannot have
    /// started it: a status in <see cref="RetryOptions.CreateRetryStatuses"/> (429) or a connection that
    /// failed before the request was written.
    /// </summary>
    Create,
}
