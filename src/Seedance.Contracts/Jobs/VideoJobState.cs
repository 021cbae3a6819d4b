using System.Text.Json.Serialization;

namespace Seedance.Contracts;

/// <summary>
/// One status vocabulary for every provider. Each provider's own word is kept next to it
/// (<see cref="VideoJobStatus.RawStatus"/>), so nothing is lost by normalizing.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<VideoJobState>))]
public enum VideoJobState
{
    /// <summary>The provider sent a status this SDK does not know yet.</summary>
    Unknown = 0,

    /// <summary>Accepted and waiting (CometAPI SUBMITTED, Ark/Seedance2.ink queued).</summary>
    Queued,

    /// <summary>Rendering (IN_PROGRESS, running, processing).</summary>
    Running,

    /// <summary>Finished with a video.</summary>
    Succeeded,

    /// <summary>Finished without a video (FAILED, ERROR, failed).</summary>
    Failed,

    /// <summary>Cancelled before it finished.</summary>
    Cancelled,

    /// <summary>Ran past its execution deadline (Ark <c>expired</c>).</summary>
    Expired,
}
