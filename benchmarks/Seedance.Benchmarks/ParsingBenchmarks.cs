using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.Kiota.Serialization.Json;
using Seedance.Generated.Seedance2Ink.Models;

namespace Seedance.Benchmarks;

/// <summary>
/// Turning Seedance2.ink's documented succeeded <c>getGeneration</c> body into values.
/// Baseline: <see cref="JsonDocument"/> plus reading every field by hand, the cheapest correct way
/// System.Text.Json offers without a source-generated contract. Compared with the generated Kiota
/// model (<see cref="Generation"/>), the path every poll takes: its field-deserializer dictionary,
/// lenient parsing (a wrong JSON type goes to AdditionalData instead of throwing) and extensible
/// enums are the price of spec fidelity; the ratio says how large that price is.
/// </summary>
/// <remarks>
/// Both read the body from a <see cref="MemoryStream"/> over the same bytes, as a response body would
/// arrive, and both produce the same fields (the setup checks that they agree).
/// </remarks>
[MemoryDiagnoser]
public class ParsingBenchmarks
{
    private readonly JsonParseNodeFactory _factory = new();
    private byte[] _body = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _body = Recordings.ReadBody(Recordings.InkSucceeded);

        // The two paths must read the same thing, or the ratio compares different work.
        var byHand = await JsonDocumentByHand();
        var kiota = await GeneratedKiotaModel();
        if (byHand.RequestId != kiota.RequestId || byHand.Status != kiota.Status?.Value || byHand.Url != kiota.Output?.Url
            || byHand.Duration != kiota.Duration || byHand.Prompt != kiota.Prompt || byHand.Success != kiota.Success)
        {
            throw new InvalidOperationException("The hand-written reader and the generated model disagree about the body.");
        }
    }

    [Benchmark(Baseline = true, Description = "JsonDocument + fields by hand")]
    public async Task<HandRead> JsonDocumentByHand()
    {
        using var stream = new MemoryStream(_body, writable: false);
        // Async like the generated path (Kiota's request adapter parses with GetRootParseNodeAsync).
        using var document = await JsonDocument.ParseAsync(stream);
        var root = document.RootElement;
        // The same fields the generated model declares; null where the body has null or nothing.
        var output = Object(root, "output");
        var error = Object(root, "error");
        return new HandRead(
            root.TryGetProperty("success", out var success) && success.ValueKind is JsonValueKind.True or JsonValueKind.False ? success.GetBoolean() : null,
            String(root, "requestId"),
            String(root, "status"),
            String(root, "model"),
            String(root, "prompt"),
            root.TryGetProperty("duration", out var duration) && duration.ValueKind == JsonValueKind.Number && duration.TryGetInt32(out var d) ? d : null,
            String(root, "aspectRatio"),
            String(root, "resolution"),
            output is { } o ? String(o, "type") : null,
            output is { } u ? String(u, "url") : null,
            error is { } e ? String(e, "code") : null,
            error is { } m ? String(m, "message") : null);
    }

    [Benchmark(Description = "Kiota generated model (Generation)")]
    public async Task<Generation> GeneratedKiotaModel()
    {
        using var stream = new MemoryStream(_body, writable: false);
        // The call the request adapter makes for every JSON response (the sync overload is obsolete).
        var node = await _factory.GetRootParseNodeAsync("application/json", stream);
        return node.GetObjectValue(Generation.CreateFromDiscriminatorValue)!;
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static JsonElement? Object(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    /// <summary>What the baseline reads: the generated model's fields, flattened.</summary>
    public sealed record HandRead(
        bool? Success, string? RequestId, string? Status, string? Model, string? Prompt, int? Duration,
        string? AspectRatio, string? Resolution, string? OutputType, string? Url, string? ErrorCode, string? ErrorMessage);
}
