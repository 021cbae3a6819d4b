using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace Seedance.Benchmarks.RoundTrip;

/// <summary>
/// The floor: what a careful developer writes by hand for these two calls with nothing but
/// <see cref="HttpClient"/> and System.Text.Json's source generator (no reflection, no runtime
/// metadata). The models hold every field the spec declares for the two bodies, so it parses as much
/// as the generated models do; it checks the HTTP status and nothing else.
/// </summary>
internal sealed class HandWrittenInkClient : IDisposable
{
    private readonly HttpClient _http;

    public HandWrittenInkClient(Uri baseUrl, string apiKey)
    {
        _http = new HttpClient { BaseAddress = baseUrl };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
    }

    public async Task<InkCreated> CreateAsync(InkCreateRequest request, CancellationToken cancellationToken = default)
    {
        using var response = await _http.PostAsJsonAsync("api/open/v1/video/generations", request, InkJsonContext.Default.InkCreateRequest, cancellationToken)
            .ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync(InkJsonContext.Default.InkCreated, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("Empty create reply.");
    }

    public async Task<InkGeneration> GetAsync(string requestId, CancellationToken cancellationToken = default)
    {
        using var response = await _http.GetAsync("api/open/v1/video/generations/" + Uri.EscapeDataString(requestId), cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync(InkJsonContext.Default.InkGeneration, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("Empty status reply.");
    }

    public void Dispose() => _http.Dispose();
}

/// <summary>The create body (CreateGenerationRequest); unset fields are not written, as the generated clients do.</summary>
internal sealed record InkCreateRequest(
    string Model,
    string Prompt,
    string? AspectRatio = null,
    int? Duration = null,
    string? Resolution = null,
    string? WebhookUrl = null,
    IReadOnlyList<string>? MediaUrls = null);

/// <summary>The create reply (CreateGenerationResponse).</summary>
internal sealed record InkCreated(bool? Success, string? RequestId, string? Status, int? CreditsCharged);

/// <summary>The status reply (Generation).</summary>
internal sealed record InkGeneration(
    bool? Success, string? RequestId, string? Status, string? Model, string? Prompt, int? Duration,
    string? AspectRatio, string? Resolution, InkOutput? Output, InkError? Error);

internal sealed record InkOutput(string? Type, string? Url);

internal sealed record InkError(string? Code, string? Message);

/// <summary>Source-generated metadata: camelCase like the API, nulls not written.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(InkCreateRequest))]
[JsonSerializable(typeof(InkCreated))]
[JsonSerializable(typeof(InkGeneration))]
internal sealed partial class InkJsonContext : JsonSerializerContext;
