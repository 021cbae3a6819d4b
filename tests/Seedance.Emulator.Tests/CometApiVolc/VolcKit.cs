using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Seedance.Contracts;
using Seedance.Contracts.Catalog;

namespace Seedance.Emulator.Tests.CometApiVolc;

/// <summary>What the Volc tests share: an emulator serving only this provider on a test clock, and the raw route.</summary>
internal static class VolcKit
{
    public const string Provider = ProviderId.CometApiVolc;

    public const string Model = "doubao-seedance-1-5-pro-251215";

    public const string Tasks = "volc/v3/contents/generations/tasks";

    /// <summary>An emulator of this provider only, on <paramref name="clock"/>: 0.5 s queued, 3 s in all.</summary>
    public static Task<SeedanceEmulator> StartAsync(FakeTimeProvider clock, Action<SeedanceEmulatorOptions>? configure = null)
    {
        var options = new SeedanceEmulatorOptions { TimeProvider = clock };
        options.Providers.Clear();
        options.Providers.Add(Provider);
        configure?.Invoke(options);
        return SeedanceEmulator.StartAsync(options);
    }

    public static VideoRequest Request(string prompt = "A paper boat drifts on a quiet lake at sunrise", Uri? callbackUrl = null) =>
        new() { Model = Model, Prompt = prompt, Duration = 5, AspectRatio = "16:9", CallbackUrl = callbackUrl };

    /// <summary>A raw client for the emulator's route (for what the SDK refuses to send).</summary>
    public static HttpClient Raw(SeedanceEmulator emulator, string? key = SeedanceEmulatorOptions.DefaultApiKey)
    {
        var http = new HttpClient { BaseAddress = emulator.GetBaseUrl(Provider) };
        if (key is not null) http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return http;
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
