using System.Net.Http.Headers;
using Microsoft.Extensions.Time.Testing;
using Seedance.Contracts;
using Seedance.Contracts.Catalog;

namespace Seedance.Emulator.Tests.CometApiVideos;

/// <summary>What the /v1/videos tests share: an emulator serving only this provider on a test clock, and raw forms.</summary>
internal static class VideosKit
{
    public const string Provider = ProviderId.CometApiVideos;

    public const string Model = "doubao-seedance-2-0-fast";

    /// <summary>A 1x1 PNG: the smallest image the validator's signature check accepts.</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>An emulator of this provider only, on <paramref name="clock"/>: 0.5 s queued, 3 s in all.</summary>
    public static Task<SeedanceEmulator> StartAsync(FakeTimeProvider clock)
    {
        var options = new SeedanceEmulatorOptions { TimeProvider = clock };
        options.Providers.Clear();
        options.Providers.Add(Provider);
        return SeedanceEmulator.StartAsync(options);
    }

    public static VideoRequest Request(string prompt = "A slow cinematic camera push across a coastal landscape at sunrise") =>
        new() { Model = Model, Prompt = prompt, Duration = 5, AspectRatio = "16:9", Resolution = "720p" };

    /// <summary>A raw client for the emulator's route (for what the SDK refuses to send).</summary>
    public static HttpClient Raw(SeedanceEmulator emulator, string? key = SeedanceEmulatorOptions.DefaultApiKey)
    {
        var http = new HttpClient { BaseAddress = emulator.GetBaseUrl(Provider) };
        if (key is not null) http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return http;
    }

    /// <summary>A create form with the given text fields (seed:000's curl sends every value as a form string).</summary>
    public static MultipartFormDataContent Form(params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        return form;
    }
}
