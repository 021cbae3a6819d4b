using Seedance.Contracts;
using Seedance.Contracts.Catalog;

namespace Seedance.Testing;

/// <summary>One job of a <see cref="FakeVideoJobClient"/>: its script and how far its reads have gone. The client's lock guards it.</summary>
internal sealed class FakeJob(string id, FakeJobScript script, ReadOnlyMemory<byte> video, Uri videoUrl)
{
    private int _reads;
    private FakeJobStep? _shown;
    private FakeJobStep? _cancelled;

    public string Id { get; } = id;

    public ReadOnlyMemory<byte> Video { get; } = video;

    /// <summary>The video's URL without its signature: what identifies the video, whatever the signature.</summary>
    public Uri VideoPath { get; } = videoUrl;

    /// <summary>The URL a status shows now; <see cref="ExpireVideoUrl"/> signs a new one, as providers sign a fresh URL per read.</summary>
    public Uri VideoUrl => new(VideoPath + string.Create(System.Globalization.CultureInfo.InvariantCulture, $"?signature={_signature}"));

    private int _signature = 1;

    /// <summary>Refuses the URL shown so far; the next status read shows a fresh one.</summary>
    public void ExpireVideoUrl() => _signature++;

    /// <summary>True once a status read (or the submit's reply) showed the job succeeded: only then is its URL known.</summary>
    public bool HasSucceeded { get; private set; }

    /// <summary>The last status shown (the first step before any read).</summary>
    public FakeJobStep Current => _cancelled ?? _shown ?? script.Steps.FirstOrDefault(s => s.Throws is null) ?? script.Steps[0];

    /// <summary>
    /// The submit's reply: the first step, without moving the script on; null when that step is a read that
    /// throws. Two create replies carry no status word, and the real clients then show a queued job without
    /// one: the Volc route's (an id only) and AceData's task reply (no status until its task record has a
    /// response; its blocking reply arrives finished, so a terminal first step is shown as it is).
    /// </summary>
    public VideoJobStatus? SubmitReply(FakeVideoJobClient client)
    {
        var first = script.Steps[0];
        if (first.Throws is not null) return null;
        var wordless = client.Provider == ProviderId.CometApiVolc || (client.Provider == ProviderId.AceDataSeedance && !first.State.IsTerminal());
        if (wordless && first.RawStatus is null) return new VideoJobStatus(Id, client.Provider, VideoJobState.Queued, RawStatus: null);
        _shown = first;
        return Status(first, client);
    }

    /// <summary>The step the next status read returns; the last one repeats.</summary>
    public FakeJobStep Read()
    {
        if (_cancelled is not null) return _cancelled;
        var step = script.Steps[Math.Min(_reads, script.Steps.Count - 1)];
        _reads++;
        if (step.Throws is null) _shown = step;
        return step;
    }

    /// <summary>Ends a job that has not ended as cancelled; an ended job stays as it is.</summary>
    public void Cancel()
    {
        if (!Current.State.IsTerminal()) _cancelled = new FakeJobStep(VideoJobState.Cancelled, null, null, null, null);
    }

    /// <summary>The status a step shows, in the provider's terms.</summary>
    public VideoJobStatus Status(FakeJobStep step, FakeVideoJobClient client)
    {
        var succeeded = step.State == VideoJobState.Succeeded;
        if (succeeded) HasSucceeded = true;
        // A provider that reports no percentage never shows one, whatever the script says.
        var progress = client.Capabilities.ProgressPercentage ? step.Progress : null;
        return new VideoJobStatus(Id, client.Provider, step.State, step.RawStatus ?? client.WordFor(step.State), progress,
            succeeded ? VideoUrl : null, step.Error);
    }
}
