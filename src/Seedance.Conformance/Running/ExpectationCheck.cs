using System.Globalization;
using System.Text.Json.Nodes;
using Seedance.Conformance.Drivers;
using Seedance.Conformance.Scenarios;
using Seedance.Contracts.Errors;
using Seedance.Generated.Runtime;

namespace Seedance.Conformance.Running;

/// <summary>
/// Compares what a driver observed with the scenario's <c>expect</c>. Replay checks the recorded
/// values; live checks shape and codes only (the body parses into the typed model, the error has the
/// expected type, status and provider code).
/// </summary>
internal static class ExpectationCheck
{
    /// <summary>Problems with a successful operation call.</summary>
    public static List<string> Success(ScenarioExpectation expect, OperationResult result, RecordedExchange? last, bool live)
    {
        var problems = new List<string>();
        if (expect.IsError)
        {
            problems.Add($"expected {expect.Exception} ({expect.Status} {expect.ProviderCode}), but the call succeeded with {last?.Status}");
            return problems;
        }
        if (last is not null && (live ? last.Status is < 200 or >= 300 : last.Status != expect.Status))
        {
            problems.Add($"status {last.Status}, expected {expect.Status}");
        }
        if (result.Model is null) problems.Add("the typed result is null");
        problems.AddRange(TypedModelCheck.Misfits(result.Model));
        foreach (var (path, value) in result.Values)
        {
            if (value is NotProjected) problems.Add($"driver bug: no typed accessor for key field {path}");
        }
        if (live) return problems;

        foreach (var (path, expected) in expect.Values ?? [])
        {
            if (!result.Values.TryGetValue(path, out var actual))
            {
                problems.Add($"driver bug: key field {path} not read");
            }
            else if (actual is not NotProjected && !JsonComparison.ValueEquals(expected, ToJson(actual)))
            {
                problems.Add($"{path}: expected {expected?.ToJsonString() ?? "null"}, typed value {ToJson(actual)?.ToJsonString() ?? "null"}");
            }
        }
        if (last is not null && result.Model is not null)
        {
            // Nothing the server sent may be lost on the way through the typed model.
            var sent = JsonNode.Parse(last.ResponseBody);
            foreach (var difference in JsonComparison.Differences(sent, KiotaJson.Serialize(result.Model)))
            {
                problems.Add("round trip: " + difference);
            }
        }
        return problems;
    }

    /// <summary>Problems with a call that threw.</summary>
    public static List<string> Failure(ScenarioExpectation expect, Exception exception, bool live)
    {
        var problems = new List<string>();
        if (exception is not SeedanceException error)
        {
            problems.Add($"{exception.GetType().Name} escaped the pipeline (every failure must be a SeedanceException): {exception.Message}");
            return problems;
        }
        if (!expect.IsError)
        {
            problems.Add($"expected {expect.Status} with a typed result, got {error.GetType().Name}: {error.Message}");
            return problems;
        }
        if (error.GetType().Name != expect.Exception) problems.Add($"{error.GetType().Name}, expected {expect.Exception}: {error.Message}");
        if ((int?)error.StatusCode != expect.Status) problems.Add($"status {(int?)error.StatusCode}, expected {expect.Status}");
        if (error.InnerException is not IProviderError) problems.Add($"the inner exception is {error.InnerException?.GetType().Name ?? "missing"}, not the generated error model (the body did not parse into the spec's error schema)");
        if (expect.ProviderCode is not null && error.ProviderCode != expect.ProviderCode) problems.Add($"provider code {Quote(error.ProviderCode)}, expected {Quote(expect.ProviderCode)}");
        if (live) return problems;
        if (expect.ProviderCode is null && error.ProviderCode is not null) problems.Add($"provider code {Quote(error.ProviderCode)}, expected none");
        if (error.ProviderMessage != expect.ProviderMessage) problems.Add($"provider message {Quote(error.ProviderMessage)}, expected {Quote(expect.ProviderMessage)}");
        if (expect.RequestId is not null && error.RequestId != expect.RequestId) problems.Add($"request id {Quote(error.RequestId)}, expected {Quote(expect.RequestId)}");
        return problems;
    }

    /// <summary>A typed value as JSON for comparison with the example.</summary>
    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        JsonNode node => node,
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        double d => JsonValue.Create(d),
        float f => JsonValue.Create(f),
        decimal m => JsonValue.Create(m),
        Uri u => JsonValue.Create(u.OriginalString),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    private static string Quote(string? value) => value is null ? "none" : $"\"{value}\"";
}
