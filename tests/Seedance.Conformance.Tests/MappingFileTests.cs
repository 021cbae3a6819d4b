using System.Text.Json.Nodes;
using Seedance.Conformance.Replay;
using static Seedance.Conformance.Tests.TestSupport;

namespace Seedance.Conformance.Tests;

public class MappingFileTests
{
    [Fact]
    public async Task Root_directory_with_mappings_document_bodyFileName_and_nested_folders_is_served()
    {
        var root = SampleRoot.Create();
        await using var host = await ReplayHost.StartAsync(new ReplayHostOptions { RootDirectory = root });
        Assert.Equal(4, host.Mappings.Count);
        using var client = host.CreateClient();

        Assert.Equal("""{"id":"t1","status":"queued"}""", (await SendAsync(client, HttpMethod.Get, "/v1/tasks/t1")).Body);
        using (var r = await client.GetAsync("/v1/tasks/t1"))
        {
            Assert.Equal("""{"id":"t1","status":"succeeded"}""", await r.Content.ReadAsStringAsync());
            Assert.Equal("application/json", r.Content.Headers.ContentType!.MediaType);
            Assert.Equal("get task: succeeded", r.Headers.GetValues("Matched-Stub-Name").Single());
        }

        var create = await SendAsync(client, HttpMethod.Post, "/v1/videos",
            Json("""{"model":"seedance-1-0-pro","content":[{"type":"text","text":"a cat"}],"ratio":"16:9"}"""), ("Authorization", "Bearer k"));
        Assert.Equal((201, """{"id":"t1"}"""), create);

        var upload = await SendAsync(client, HttpMethod.Post, "/v1/uploads", Multipart(("purpose", "reference", null, null), ("file", "PNG", "frame.png", "image/png")));
        Assert.Equal((200, """{"file_id":"f1"}"""), upload);
    }

    [Fact]
    public async Task Missing_body_file_is_a_500_that_says_which_file()
    {
        var root = TempRoot();
        Directory.CreateDirectory(Path.Combine(root, "mappings"));
        File.WriteAllText(Path.Combine(root, "mappings", "m.json"), """{"request":{"method":"GET","urlPath":"/f"},"response":{"bodyFileName":"nope.json"}}""");
        await using var host = await ReplayHost.StartAsync(new ReplayHostOptions { RootDirectory = root });
        using var client = host.CreateClient();
        var (status, body) = await SendAsync(client, HttpMethod.Get, "/f");
        Assert.True(status == 500, $"{status} {body} {host.Journal.Requests.Single()}");
        Assert.Contains("nope.json", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_files_name_the_file()
    {
        var root = TempRoot();
        Directory.CreateDirectory(Path.Combine(root, "mappings"));
        var file = Path.Combine(root, "mappings", "broken.json");
        File.WriteAllText(file, """{"request": {"method": "GET"}, "response": {"status": "not a number"}}""");
        var e = Assert.Throws<ReplayMappingException>(() => MappingLoader.LoadDirectory(root));
        Assert.Equal(file, e.Source);
        Assert.Throws<DirectoryNotFoundException>(() => MappingLoader.LoadDirectory(TempRoot()));
    }

    [Fact]
    public void Unknown_fields_and_metadata_round_trip_and_metadata_is_readable()
    {
        const string json = """{"id":"x1","name":"n","request":{"method":"GET","urlPath":"/a","cookies":{"c":{"equalTo":"1"}}},"response":{"status":200,"transformers":["response-template"]},"metadata":{"expect":{"status":"queued","n":[1,2]}},"postServeActions":[{"name":"webhook"}]}""";
        var mapping = StubMapping.FromJson(json);
        Assert.Equal("queued", mapping.Metadata!["expect"]!["status"]!.GetValue<string>());
        var again = JsonNode.Parse(mapping.ToJson())!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), again), again.ToJsonString());
    }

    [Fact]
    public async Task Code_built_mappings_serialize_in_wiremock_shape()
    {
        await using var host = await ReplayHost.StartAsync();
        var m = host.Given(RequestPattern.For("POST", "/v1/videos")
                .WithHeader("Content-Type", StringValuePattern.Containing("json"))
                .WithBody(StringValuePattern.JsonPath("$.model", StringValuePattern.Equal("m"))))
            .WithName("n").AtPriority(2).InScenario("s").WhenScenarioStateIs("Started").WillSetStateTo("next")
            .RespondWith(new ResponseDefinition { Status = 201, JsonBody = JsonNode.Parse("""{"id":"t"}""") });
        var expected = $$$$"""{"id":"{{{{m.Id}}}}","uuid":"{{{{m.Id}}}}","name":"n","priority":2,"scenarioName":"s","requiredScenarioState":"Started","newScenarioState":"next","request":{"method":"POST","urlPath":"/v1/videos","headers":{"Content-Type":{"contains":"json"}},"bodyPatterns":[{"matchesJsonPath":{"expression":"$.model","equalTo":"m"}}]},"response":{"status":201,"jsonBody":{"id":"t"}}}""";
        Assert.Equal(expected, m.ToJson());
    }

    [Fact]
    public async Task JsonBody_is_compact_and_gets_a_json_content_type()
    {
        await using var host = await StartWithAsync("""{"request":{"method":"GET","urlPath":"/j"},"response":{"status":200,"jsonBody":{ "a" : [ 1 , "<b>" ] },"statusMessage":"Fine"}}""");
        using var client = host.CreateClient();
        using var r = await client.GetAsync("/j");
        Assert.Equal("""{"a":[1,"<b>"]}""", await r.Content.ReadAsStringAsync());
        Assert.Equal("application/json", r.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Fine", r.ReasonPhrase);
    }
}
