using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Seedance.Emulator.Engine;

/// <summary>Everything the providers of one emulator share: options, clock, jobs and queued outcomes.</summary>
internal sealed class EmulatorState
{
    private readonly ConcurrentDictionary<(string Provider, string Id), EmulatedJob> _jobs = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<EmulatedOutcome>> _queued = new(StringComparer.Ordinal);

    public EmulatorState(SeedanceEmulatorOptions options)
    {
        Options = options;
        Links = new VideoLinks(options.TimeProvider, options.VideoUrlLifetime, RandomNumberGenerator.GetBytes(32));
    }

    public SeedanceEmulatorOptions Options { get; }

    public TimeProvider Clock => Options.TimeProvider;

    public DateTimeOffset Now => Options.TimeProvider.GetUtcNow();

    public VideoLinks Links { get; }

    /// <summary>Set by the host once the listeners are bound: the base URL each provider answers on.</summary>
    public IReadOnlyDictionary<string, Uri> BaseUrls { get; set; } = new Dictionary<string, Uri>();

    public void Enqueue(string provider, EmulatedOutcome outcome) =>
        _queued.GetOrAdd(provider, _ => new ConcurrentQueue<EmulatedOutcome>()).Enqueue(outcome);

    /// <summary>Creates and stores a job; its outcome is the prompt's marker, else the next queued one, else success.</summary>
    public EmulatedJob Submit(string provider, string id, string model, string prompt, Uri? callbackUrl,
        System.Text.Json.Nodes.JsonObject request, IReadOnlyDictionary<string, string>? values = null)
    {
        var outcome = PromptMarkers.Find(prompt)
            ?? (_queued.TryGetValue(provider, out var queue) && queue.TryDequeue(out var next) ? next : EmulatedOutcome.Succeed);
        var job = new EmulatedJob(provider, id, Now, outcome, TimelineFor(outcome))
        {
            Model = model,
            Prompt = prompt,
            CallbackUrl = callbackUrl,
            Request = request,
            Values = values ?? new Dictionary<string, string>(),
        };
        _jobs[(provider, id)] = job;
        return job;
    }

    public EmulatedJob? Find(string provider, string? id) =>
        id is not null && _jobs.TryGetValue((provider, id), out var job) ? job : null;

    public IReadOnlyList<EmulatedJob> JobsOf(string? provider) =>
        _jobs.Values.Where(j => provider is null || j.Provider == provider).OrderBy(j => j.SubmittedAt).ToList();

    private JobTimeline TimelineFor(EmulatedOutcome outcome)
    {
        var o = Options;
        var total = outcome == EmulatedOutcome.Slow ? TimeSpan.FromTicks((long)(o.RenderTime.Ticks * o.SlowFactor)) : o.RenderTime;
        var end = outcome switch
        {
            EmulatedOutcome.Fail or EmulatedOutcome.Moderation => JobPhase.Failed,
            EmulatedOutcome.Expire => JobPhase.Expired,
            _ => JobPhase.Succeeded,
        };
        return new JobTimeline(o.QueueTime, total, end, o.ProgressCurve);
    }

    /// <summary>A new random id in the given format: hex digits stand for <c>x</c>, everything else is kept.</summary>
    public static string NewId(string pattern)
    {
        Span<byte> bytes = stackalloc byte[pattern.Length];
        RandomNumberGenerator.Fill(bytes);
        var chars = pattern.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == 'x') chars[i] = "0123456789abcdef"[bytes[i] & 0xF];
            else if (chars[i] == 'a') chars[i] = "abcdefghijklmnopqrstuvwxyz0123456789"[bytes[i] % 36];
        }
        return new string(chars);
    }
}
