using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Seedance.Conformance.Tests;

/// <summary>
/// Locates and runs real WireMock (the npm package's standalone jar) for cross-checks: the
/// <c>WIREMOCK_JAR</c> environment variable, else <c>tools/node_modules/wiremock/build/*.jar</c>.
/// </summary>
internal sealed class RealWireMock : IAsyncDisposable
{
    private readonly Process _process;

    private RealWireMock(Process process, Uri baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public static string? FindJar()
    {
        if (Environment.GetEnvironmentVariable("WIREMOCK_JAR") is { Length: > 0 } env && File.Exists(env)) return env;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var build = Path.Combine(dir.FullName, "tools", "node_modules", "wiremock", "build");
            if (Directory.Exists(build)) return Directory.EnumerateFiles(build, "wiremock-standalone-*.jar").FirstOrDefault();
            if (File.Exists(Path.Combine(dir.FullName, "Seedance.Contracts.sln"))) return null;
        }
        return null;
    }

    public static string? SkipReason()
    {
        if (FindJar() is null) return "real WireMock not installed (npm wiremock under tools/node_modules, or set WIREMOCK_JAR)";
        try
        {
            using var java = Process.Start(new ProcessStartInfo("java", "-version") { RedirectStandardError = true, RedirectStandardOutput = true });
            java!.WaitForExit(30_000);
            return java.ExitCode == 0 ? null : "java -version failed";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "java is not on PATH";
        }
    }

    public static async Task<RealWireMock> StartAsync(string rootDirectory)
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        var psi = new ProcessStartInfo("java")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-jar", FindJar()!, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind-address", "127.0.0.1", "--root-dir", rootDirectory, "--disable-banner" })
        {
            psi.ArgumentList.Add(arg);
        }
        var process = Process.Start(psi)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var wm = new RealWireMock(process, new Uri($"http://127.0.0.1:{port}/"));
        using var http = new HttpClient();
        try
        {
            await new Seedance.Conformance.Running.WireMockAdmin(http, wm.BaseUrl).WaitUntilReadyAsync(TimeSpan.FromSeconds(60), CancellationToken.None);
        }
        catch
        {
            await wm.DisposeAsync();
            throw;
        }
        return wm;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}

/// <summary>A fact that is skipped, with the reason shown, when real WireMock or Java is missing.</summary>
public sealed class RealWireMockFactAttribute : FactAttribute
{
    public RealWireMockFactAttribute()
    {
        if (RealWireMock.SkipReason() is { } reason) Skip = reason;
    }
}
