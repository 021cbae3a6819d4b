using System.Text.Json.Serialization;

namespace Seedance.Contracts.Errors;

/// <summary>
/// What kind of failure a <see cref="SeedanceException"/> is, for apps that branch on it (an HTTP status
/// to return, a metric tag, a retry decision) without a type switch. Serializes as its name.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<SeedanceErrorCategory>))]
public enum SeedanceErrorCategory
{
    /// <summary>A failure the SDK cannot classify further.</summary>
    Unknown = 0,

    /// <summary>The request broke a documented rule and was refused before anything was sent.</summary>
    Validation,

    /// <summary>The provider refused the request as invalid (400, 422, or an invalid-request code).</summary>
    InvalidRequest,

    /// <summary>The key is missing, wrong, or not allowed to do this (401, 403).</summary>
    Authentication,

    /// <summary>The provider does not know the job, or a video URL has expired.</summary>
    NotFound,

    /// <summary>The provider asked the client to slow down (429).</summary>
    RateLimited,

    /// <summary>The provider failed (5xx, or an upstream error code).</summary>
    Server,

    /// <summary>A deadline ran out (the call's, an attempt's, a wait's, or the server's 408).</summary>
    Timeout,

    /// <summary>No response arrived: DNS, connect, TLS, or the connection broke.</summary>
    Connection,

    /// <summary>A response arrived that the SDK cannot read (not JSON, no job id, an unexpected shape).</summary>
    ResponseFormat,

    /// <summary>The provider has no way to do what was asked (e.g. cancel).</summary>
    NotSupported,

    /// <summary>The job ended without a video: failed, cancelled or expired.</summary>
    JobFailed,

    /// <summary>A known provider quirk explains the failure (<see cref="SeedanceQuirkException.QuirkId"/>).</summary>
    Quirk,
}
