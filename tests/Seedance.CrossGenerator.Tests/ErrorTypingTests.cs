using System.Text.Json.Nodes;
using Microsoft.Kiota.Abstractions;
using Seedance.Generated.Runtime;
using Seedance.Generated.Tests.Support;

namespace Seedance.CrossGenerator.Tests;

/// <summary>
/// Not a wire difference but a typing one (docs/generator.md): Kiota generates no error type for an
/// error response whose schema is a <c>oneOf</c> without a discriminator (the CometAPI specs'
/// <c>CometError</c>), so its client throws a bare <see cref="ApiException"/> and the provider's code
/// and message are lost; ours throws the typed error for every documented error example.
/// </summary>
public sealed class ErrorTypingTests(ReplayFixture server) : IClassFixture<ReplayFixture>
{
    public static TheoryData<string, int, string> ErrorExamples()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var op in SpecDocument.AllOperations())
        {
            foreach (var (status, name, _) in op.ErrorExamples)
                data.Add(op.Key, status, name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ErrorExamples))]
    public async Task Kiota_types_a_documented_error_only_when_its_schema_is_not_a_oneOf(string operation, int status, string name)
    {
        var op = SpecDocument.Load(operation.Split('/')[0]).Operation(operation.Split('/')[1]);
        var example = op.ErrorExamples.Single(e => e.Status == status && e.Name == name).Value;
        var crossCase = CrossCase.For(op).First();
        var isOneOf = op.Spec.Resolve(op.ResponseSchema(status.ToString(System.Globalization.CultureInfo.InvariantCulture)))["oneOf"] is JsonArray;

        server.Respond(status, example.ToJsonString());
        var ours = await Assert.ThrowsAnyAsync<ApiException>(() => Operations.Invoke(op, Wire.Adapter(server), crossCase.Body, crossCase.PathValue, crossCase.WithFile));
        server.Respond(status, example.ToJsonString());
        var kiota = await Assert.ThrowsAnyAsync<ApiException>(() => KiotaOperations.Invoke(op, Wire.Adapter(server), crossCase.Body, crossCase.PathValue, crossCase.WithFile));

        Assert.IsAssignableFrom<IProviderError>(ours);
        Assert.Equal(status, kiota.ResponseStatusCode);
        if (isOneOf)
            Assert.Equal(typeof(ApiException), kiota.GetType());
        else
            Assert.StartsWith("Kiota.", kiota.GetType().Namespace, StringComparison.Ordinal);
    }

    [Fact]
    public void The_untyped_error_bodies_are_exactly_the_CometAPI_ones()
    {
        var oneOfProviders = SpecDocument.AllOperations()
            .Where(op => op.ErrorExamples.Any(e => op.Spec.Resolve(op.ResponseSchema(e.Status.ToString(System.Globalization.CultureInfo.InvariantCulture)))["oneOf"] is JsonArray))
            .Select(op => op.Spec.Id)
            .Distinct()
            .Order(StringComparer.Ordinal);
        Assert.Equal(["cometapi-videos", "cometapi-volc"], oneOfProviders);
    }
}
