using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace Seedance.Emulator.Tests;

/// <summary>
/// Runs <c>prism proxy specs/&lt;api&gt;.yaml &lt;emulator url&gt;</c> (the npm Prism under tools/node_modules,
/// installed by .ci/install-tools.sh): every response passing through is validated against the spec, and
/// a violation comes back in the <c>sl-violations</c> header.
/// </summary>
internal sealed class PrismProxy : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringWriter _log;

    private PrismProxy(Process process, Uri baseUrl, StringWriter log)
    {
        _process = process;
        BaseUrl = baseUrl;
        _log = log;
    }

    /// <summary>Prism's address; send requests here instead of to the emulator.</summary>
    public Uri BaseUrl { get; }

    /// <summary>What Prism printed so far (for failure messages).</summary>
    public string Log
    {
        get { lock (_log) return _log.ToString(); }
    }

    public static string? FindPrism()
    {
        var path = Path.Combine(RepoRoot.Path, "tools", "node_modules", ".bin", "prism");
        return File.Exists(path) ? path : null;
    }

    /// <summary>Why the Prism tests cannot run here, or null. In CI (CI=true) Prism is installed, so they always run there.</summary>
    public static string? SkipReason() =>
        FindPrism() is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? "Prism is not installed (npm ci --prefix tools, as .ci/install-tools.sh does)"
            : null;

    public static async Task<PrismProxy> StartAsync(string specFile, Uri upstream, CancellationToken cancellationToken = default)
    {
        var prism = FindPrism() ?? throw new InvalidOperationException("Prism is not installed under tools/node_modules (run .ci/install-tools.sh)");
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        var psi = new ProcessStartInfo(prism)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "proxy", Path.Combine(RepoRoot.Path, "specs", specFile), upstream.GetLeftPart(UriPartial.Authority), "-h", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            psi.ArgumentList.Add(a);
        var log = new StringWriter();
        var process = new Process { StartInfo = psi };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var proxy = new PrismProxy(process, new Uri($"http://127.0.0.1:{port}/"), log);
        // Bounded wait for the port (Prism takes a few seconds to read a spec).
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited) throw new InvalidOperationException($"Prism exited ({process.ExitCode}) before it listened:\n{proxy.Log}");
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                return proxy;
            }
            catch (SocketException) when (deadline.Elapsed < TimeSpan.FromSeconds(90))
            {
                await Task.Delay(200, cancellationToken);
            }
            catch (SocketException)
            {
                await proxy.DisposeAsync();
                throw new TimeoutException($"Prism did not listen within 90 s:\n{proxy.Log}");
            }
        }
    }

    /// <summary>
    /// The violations Prism found in a response that came through it (empty when none), each as
    /// "location: message". Request violations are included: a test that sends a deliberately bad request
    /// filters by location.
    /// </summary>
    public static IReadOnlyList<PrismViolation> Violations(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("sl-violations", out var values)) return [];
        var list = new List<PrismViolation>();
        foreach (var value in values)
        {
            if (JsonNode.Parse(value) is not JsonArray array) continue;
            foreach (var v in array.OfType<JsonObject>())
            {
                var location = v["location"] is JsonArray loc ? string.Join(".", loc.Select(n => n?.ToString())) : "";
                list.Add(new PrismViolation(location, v["message"]?.ToString() ?? v.ToJsonString(), v["severity"]?.ToString() ?? ""));
            }
        }
        return list;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
        }
        _process.Dispose();
    }
}

/// <summary>One violation from Prism's <c>sl-violations</c> header.</summary>
internal sealed record PrismViolation(string Location, string Message, string Severity)
{
    public bool InResponse => Location.StartsWith("response", StringComparison.Ordinal);

    public override string ToString() => $"{Location}: {Message} ({Severity})";
}

/// <summary>A fact that needs Prism; skipped, with the reason, where it is not installed (never in CI).</summary>
public sealed class PrismFactAttribute : FactAttribute
{
    public PrismFactAttribute()
    {
        if (PrismProxy.SkipReason() is { } reason) Skip = reason;
    }
}
