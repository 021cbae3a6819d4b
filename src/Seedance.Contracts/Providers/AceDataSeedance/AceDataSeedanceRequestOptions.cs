using Seedance.Contracts.Catalog;

namespace Seedance.Contracts.Providers.AceDataSeedance;

/// <summary>
/// AceData-only create fields (<c>POST /seedance/videos</c>). Values are checked against
/// specs/acedata-seedance.yaml (enums, ranges, lengths) before the request is sent.
/// </summary>
public sealed record AceDataSeedanceRequestOptions : ProviderRequestOptions
{
    /// <inheritdoc />
    public override string Provider => ProviderId.AceDataSeedance;

    /// <summary><c>return_last_frame</c>: also return the last frame as an image (<see cref="VideoJobStatus.LastFrameUrl"/>).</summary>
    public bool? ReturnLastFrame { get; init; }

    /// <summary><c>output_format</c>: <c>mp4</c> or <c>mov</c>.</summary>
    public string? OutputFormat { get; init; }

    /// <summary><c>omni_reference_task_type</c> for 2.0 multimodal references: <c>auto</c>, <c>reference</c>, <c>edit</c> or <c>extend</c>.</summary>
    public string? OmniReferenceTaskType { get; init; }

    /// <summary><c>priority</c>: scheduling priority, 0 to 9.</summary>
    public int? Priority { get; init; }

    /// <summary><c>safety_identifier</c>: a stable, non-identifying id of the end user (at most 64 characters) for abuse monitoring.</summary>
    public string? SafetyIdentifier { get; init; }
}
