using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Seedance.Contracts;
using Seedance.Samples.WebApi;

var builder = WebApplication.CreateBuilder(args);
// The key comes from user secrets or the environment (Seedance__Providers__seedance2-ink__ApiKey), never from appsettings.json.
builder.Services.AddSeedance(builder.Configuration.GetSection(SeedanceOptions.SectionName));
builder.Services.AddHealthChecks().AddSeedanceHealthChecks();

// The SDK's spans and metrics come from "Seedance" (SeedanceDiagnostics); its HTTP sends show up as
// System.Net.Http spans under them, its retries also as Polly metrics, its per-send log line under Seedance.Http.
builder.Services.AddOpenTelemetry()
    .WithTracing(tracing => tracing.AddSource("Microsoft.AspNetCore", SeedanceDiagnostics.ActivitySourceName, "System.Net.Http").AddConsoleExporter())
    .WithMetrics(metrics => metrics.AddMeter("Microsoft.AspNetCore.Hosting", SeedanceDiagnostics.MeterName, "System.Net.Http", "Polly").AddConsoleExporter());
builder.Logging.AddOpenTelemetry(logging => logging.AddConsoleExporter());

var app = builder.Build();
var provider = app.Configuration["Sample:Provider"] ?? "seedance2-ink";

app.MapPost("/videos", async (SubmitVideoBody body, ISeedanceClientRegistry seedance, CancellationToken ct) =>
{
    var job = await seedance.GetClient(provider).SubmitAsync(body.ToRequest(), ct);
    return Results.Accepted($"/videos/{job.Id}", VideoJobView.From(job.LastStatus ?? await job.UpdateAsync(ct)));
});

app.MapGet("/videos/{id}", async (string id, ISeedanceClientRegistry seedance, CancellationToken ct) =>
    VideoJobView.From(await seedance.GetJob(provider, id).UpdateAsync(ct)));

app.MapGet("/videos/{id}/content", async (string id, ISeedanceClientRegistry seedance, HttpResponse response, CancellationToken ct) =>
{
    var job = seedance.GetJob(provider, id);
    var status = await job.UpdateAsync(ct);
    if (status.State != VideoJobState.Succeeded) return Results.Conflict(VideoJobView.From(status));
    // Streams from the provider's CDN straight into the response: the video is never held in memory.
    response.ContentType = "video/mp4";
    await job.DownloadToAsync(response.Body, ct);
    return Results.Empty;
});

app.MapHealthChecks("/health");
app.Run();

/// <summary>Visible to WebApplicationFactory in tests/Seedance.Samples.Tests.</summary>
public partial class Program;
