using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using Seedance.Generated.Runtime;
using Seedance.Generated.Tests.Support;

namespace Seedance.Generated.Tests;

/// <summary>
/// Every documented 4xx/5xx example of every operation, served with its status, surfaces as the
/// generated error type with the status and the provider code/message/request id that the schema's
/// <c>x-error-fields</c> point at (expected values are read from the example through those paths).
/// </summary>
public sealed class ErrorTests(ReplayFixture server) : IClassFixture<ReplayFixture>
{
    public static TheoryData<string, string, int, string> ErrorExamples()
    {
        var data = new TheoryData<string, string, int, string>();
        foreach (var op in SpecDocument.AllOperations())
        {
            foreach (var (status, name, _) in op.ErrorExamples)
                data.Add(op.Spec.Id, op.OperationId, status, name);
        }
        return data;
    }

    [Fact]
    public void Every_operation_documents_400_and_401_examples()
    {
        foreach (var op in SpecDocument.AllOperations())
        {
            var statuses = op.ErrorExamples.Select(e => e.Status).ToHashSet();
            Assert.True(statuses.Contains(400) && statuses.Contains(401), $"{op.Key} lacks a 400 or 401 example");
        }
    }

    [Theory]
    [MemberData(nameof(ErrorExamples))]
    public async Task Documented_error_example_throws_the_typed_provider_error(string specId, string operationId, int status, string name)
    {
        var spec = SpecDocument.Load(specId);
        var op = spec.Operation(operationId);
        var example = op.ErrorExamples.Single(e => e.Status == status && e.Name == name).Value;
        server.Respond(status, example.ToJsonString());

        var exception = await Assert.ThrowsAnyAsync<ApiException>(() => Operations.Invoke(op, Wire.Adapter(server)));

        Assert.Single(server.Requests);
        Assert.Equal(status, exception.ResponseStatusCode);
        var schemaRef = op.ResponseSchema(status.ToString(CultureInfo.InvariantCulture));
        var schemaName = SpecDocument.RefName(schemaRef)!;
        var ns = spec.Root["info"]!["x-csharp-namespace"]!.GetValue<string>() + ".Models";
        Assert.Equal(ns, exception.GetType().Namespace);
        Assert.Contains(exception.GetType().Name, new[] { schemaName, schemaName + "Exception" });
        var providerError = Assert.IsAssignableFrom<IProviderError>(exception);

        // Which schema carries x-error-fields: the error schema itself, or (oneOf) the alternative
        // whose required properties the example has.
        var schema = spec.Resolve(schemaRef);
        if (schema["oneOf"] is JsonArray alternatives)
        {
            var matching = alternatives
                .Where(a => spec.Resolve(a!)["required"] is not JsonArray required || required.All(r => example[r!.GetValue<string>()] is not null))
                .ToList();
            var alternative = Assert.Single(matching);
            var alternativeName = SpecDocument.RefName(alternative)!;
            // The wrapper picked that shape (CometAPI's envelope vs flat task error).
            var chosen = exception.GetType().GetProperty(alternativeName)?.GetValue(exception);
            Assert.True(chosen is not null, $"{specId}/{operationId} {status} {name}: expected the {alternativeName} alternative");
            foreach (var other in alternatives.Select(SpecDocument.RefName).Where(n => n != alternativeName))
                Assert.Null(exception.GetType().GetProperty(other!)?.GetValue(exception));
            schema = spec.Resolve(alternative!);
        }
        var fields = Assert.IsType<JsonObject>(schema["x-error-fields"]);
        Assert.Equal(Dig(example, fields["code"]), providerError.ProviderErrorCode);
        Assert.Equal(Dig(example, fields["message"]), providerError.ProviderErrorMessage);
        Assert.Equal(Dig(example, fields["requestId"]), providerError.ProviderRequestId);
        Assert.NotNull(Dig(example, fields["message"]));
        Assert.StartsWith($"HTTP {status} ", exception.Message, StringComparison.Ordinal);
        Assert.Contains(providerError.ProviderErrorMessage!, exception.Message, StringComparison.Ordinal);

        // The error body round-trips and its declared fields are typed.
        Wire.AssertJsonEquivalent(example, Wire.Serialize((IParsable)exception));
        Wire.AssertTypedAgainstSchema(spec, schemaRef, exception);
        Wire.AssertNoDeclaredFieldInAdditionalData(exception);
    }

    /// <summary>The scalar at a dotted x-error-fields path of the example, as text; null when the path is absent, not declared, or null.</summary>
    private static string? Dig(JsonNode example, JsonNode? dottedPath)
    {
        if (dottedPath is null) return null;
        JsonNode? current = example;
        foreach (var segment in dottedPath.GetValue<string>().Split('.'))
            current = current is JsonObject o ? o[segment] : null;
        return current switch
        {
            null => null,
            JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
            JsonValue v => v.ToJsonString(),
            _ => null,
        };
    }
}
