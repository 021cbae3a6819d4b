using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Seedance.Conformance.Replay;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Jobs;
using Seedance.Contracts.Tests.Http.TestKit;
using Seedance.Contracts.Tests.JobKit;

namespace Seedance.Contracts.Tests.Hosting;

/// <summary>docs/hosting.md, "Telemetry names": a read retried once under AddSeedance shows up under each listed name.</summary>
public sealed class TelemetryNamesTests : IAsyncLifetime
{
    private const string InkGet = "/api/open/v1/video/generations/{requestId}";
    private ReplayHost _host = null!;

    public async Task InitializeAsync() => _host = await TestJobClients.StartHostAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_retried_read_is_visible_under_the_documented_names()
    {
        var id = (string)SpecExamples.Response(ProviderId.Seedance2Ink, "GET", InkGet, 200, "succeeded")["requestId"]!;
        var path = $"/api/open/v1/video/generations/{id}";
        _host.ServeSequence("GET", path, new Reply(503, null), Reply.Ok(SpecExamples.Response(ProviderId.Seedance2Ink, "GET", InkGet, 200, "succeeded")));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Seedance:Providers:seedance2-ink:ApiKey"] = Pipelines.FakeKey,
            ["Seedance:Providers:seedance2-ink:BaseUrl"] = _host.BaseUrl.ToString(),
            ["Seedance:Providers:seedance2-ink:Retry:BaseDelay"] = "00:00:00",
        }).Build();
        var services = new ServiceCollection();
        services.AddFakeLogging(o => o.CollectRecordsForDisabledLogLevels = false);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace));
        services.AddSeedance(configuration.GetSection("Seedance"));
        await using var provider = services.BuildServiceProvider();

        // Listeners are process-wide: only what carries this test's host port counts.
        var port = _host.BaseUrl.Port;
        var spans = new List<Activity>();
        using var activities = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "System.Net.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => { if (a.GetTagItem("server.port") is int p && p == port) lock (spans) spans.Add(a); },
        };
        ActivitySource.AddActivityListener(activities);
        var pollyInstruments = new HashSet<string>(StringComparer.Ordinal);
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) => { if (instrument.Meter.Name == "Polly") listener.EnableMeasurementEvents(instrument); },
        };
        meters.SetMeasurementEventCallback<int>((i, _, tags, _) => Record(i, tags));
        meters.SetMeasurementEventCallback<double>((i, _, tags, _) => Record(i, tags));
        meters.SetMeasurementEventCallback<long>((i, _, tags, _) => Record(i, tags));
        meters.Start();

        await provider.GetRequiredKeyedService<IVideoJobClient>(ProviderId.Seedance2Ink).GetStatusAsync(id);

        var logs = provider.GetFakeLogCollector().GetSnapshot();
        Assert.Equal([1002, 1001], logs.Where(r => r.Category == "Seedance.Http").Select(r => r.Id.Id));
        Assert.All(logs, r => Assert.DoesNotContain(Pipelines.FakeKey, r.Message + r.Exception));
        Assert.Contains(logs, r => r.Category == "Seedance.Http.Retry" && r.Level == LogLevel.Information && r.Id.Id == 2001);
        Assert.Contains(logs, r => r.Category == "Polly");
        // IHttpClientFactory's own request logging is removed from the SDK's names; the SDK's line replaces it.
        Assert.DoesNotContain(logs, r => r.Category?.StartsWith("System.Net.Http.HttpClient.", StringComparison.Ordinal) == true);
        lock (spans) Assert.Equal(2, spans.Count);
        lock (pollyInstruments) Assert.Contains(pollyInstruments, n => n.StartsWith("resilience.polly.", StringComparison.Ordinal));

        void Record(Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "pipeline.name" && tag.Value is string name && name.StartsWith("Seedance", StringComparison.Ordinal))
                {
                    lock (pollyInstruments) pollyInstruments.Add(instrument.Name);
                }
            }
        }
    }
}
