using System.Text.Json.Nodes;
using Seedance.Conformance.Replay;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Providers.AceDataSeedance;
using Seedance.Contracts.Providers.Seedance2Ink;
using Seedance.Contracts.Tests.JobKit;

namespace Seedance.Contracts.Tests.Providers;

/// <summary>
/// Create fields only one provider documents go through its typed <see cref="ProviderRequestOptions"/>; usage
/// the provider reports is on the status.
/// </summary>
public sealed class ProviderOnlyFieldsTests : IAsyncLifetime
{
    private const string AceCreate = "/seedance/videos";
    private const string InkCreate = "/api/open/v1/video/generations";
    private ReplayHost _host = null!;

    public async Task InitializeAsync() => _host = await TestJobClients.StartHostAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static VideoRequest AceRequest(ProviderRequestOptions? options) =>
        new() { Model = "doubao-seedance-1-0-pro-250528", Prompt = "A detective enters a dimly lit room.", ProviderOptions = options };

    [Fact]
    public async Task AceData_only_fields_are_sent_under_their_documented_names()
    {
        _host.Serve("POST", AceCreate, Reply.Ok(SpecExamples.Response(ProviderId.AceDataSeedance, "POST", AceCreate, 200, "async-accepted")));
        using var client = TestJobClients.AceData(_host);

        await client.SubmitAsync(AceRequest(new AceDataSeedanceRequestOptions
        {
            ReturnLastFrame = true,
            OutputFormat = "mov",
            OmniReferenceTaskType = "reference",
            Priority = 3,
            SafetyIdentifier = "user-7f3a",
        }));

        var sent = Assert.Single(_host.Sent(AceCreate, "POST")).Request.BodyAsJson()!;
        Assert.True((bool)sent["return_last_frame"]!);
        Assert.Equal("mov", (string?)sent["output_format"]);
        Assert.Equal("reference", (string?)sent["omni_reference_task_type"]);
        Assert.Equal(3, (int)sent["priority"]!);
        Assert.Equal("user-7f3a", (string?)sent["safety_identifier"]);
    }

    [Fact]
    public async Task An_AceData_only_value_out_of_the_specs_range_is_refused_before_sending()
    {
        using var client = TestJobClients.AceData(_host);

        var error = await Assert.ThrowsAsync<SeedanceValidationException>(() => client.SubmitAsync(AceRequest(new AceDataSeedanceRequestOptions { Priority = 12 })));

        Assert.Contains(error.Violations, v => v.Field.Contains("priority", StringComparison.Ordinal) && v.Value == "12");
        Assert.Empty(_host.Journal.Requests);
    }

    [Fact]
    public async Task Seedance2Ink_metadata_is_sent_as_the_given_JSON_object()
    {
        _host.Serve("POST", InkCreate, Reply.Ok(SpecExamples.Response(ProviderId.Seedance2Ink, "POST", InkCreate, 200, "success")));
        using var client = TestJobClients.Seedance2Ink(_host);
        var metadata = new JsonObject { ["orderId"] = "A-17", ["attempt"] = 2, ["paid"] = true, ["tags"] = new JsonArray("river", "autumn"), ["note"] = null };

        await client.SubmitAsync(new VideoRequest
        {
            Model = "seedance-2.0",
            Prompt = "A river flowing through an autumn forest",
            ProviderOptions = new Seedance2InkRequestOptions { Metadata = metadata },
        });

        var sent = Assert.Single(_host.Sent(InkCreate, "POST")).Request.BodyAsJson()!;
        Assert.True(JsonNode.DeepEquals(metadata, sent["metadata"]), sent.ToJsonString());
    }

    [Fact]
    public async Task Options_for_another_provider_are_refused_naming_the_field_and_nothing_is_sent()
    {
        using var client = TestJobClients.AceData(_host);

        var error = await Assert.ThrowsAsync<SeedanceValidationException>(() =>
            client.SubmitAsync(AceRequest(new Seedance2InkRequestOptions { Metadata = new JsonObject { ["a"] = 1 } })));

        var problem = Assert.Single(error.Violations);
        Assert.Equal("providerOptions", problem.Field);
        Assert.Equal(nameof(Seedance2InkRequestOptions), problem.Value);
        Assert.Contains("acedata-seedance only", problem.Allowed, StringComparison.Ordinal);
        Assert.Empty(_host.Journal.Requests);
    }

    [Fact]
    public async Task AceData_usage_tokens_are_on_the_status()
    {
        var reply = SpecExamples.Response(ProviderId.AceDataSeedance, "POST", AceCreate, 200, "success");
        _host.Serve("POST", AceCreate, Reply.Ok(reply));
        using var client = TestJobClients.AceData(_host, blocking: true);

        var job = await client.SubmitAsync(AceRequest(null));

        var usage = reply["data"]![0]!["usage"]!;
        Assert.Equal(new VideoJobUsage((long)usage["completion_tokens"]!, (long)usage["total_tokens"]!), job.LastStatus!.Usage);
    }

    [Fact]
    public async Task Volc_route_usage_tokens_are_on_the_status()
    {
        const string Get = "/volc/v3/contents/generations/tasks/{id}";
        var body = SpecExamples.Response(ProviderId.CometApiVolc, "GET", Get, 200, "succeeded").AsObject();
        body["usage"] = new JsonObject { ["completion_tokens"] = 108900, ["total_tokens"] = 108900 };
        var id = (string)body["id"]!;
        _host.Serve("GET", $"/volc/v3/contents/generations/tasks/{id}", Reply.Ok(body));
        using var client = TestJobClients.CometApiVolc(_host);

        var status = await client.GetStatusAsync(id);

        Assert.Equal(new VideoJobUsage(108900, 108900), status.Usage);
    }
}
