using Seedance.CodeGen.Diagnostics;
using Seedance.CodeGen.Emitting;
using Seedance.CodeGen.Model;
using Seedance.CodeGen.Reading;

namespace Seedance.CodeGen.Tests;

/// <summary>The x-seedance-* operation facts: read into the model, checked, and emitted as descriptors.</summary>
public class OperationFactsTests
{
    // A create and a status operation with every extension, plus a path parameter example and two request examples.
    private static string JobSpec(string createExtras = "", string statusExtras = "", string states = "          queued: Queued\n          DONE: Succeeded\n") => TestSupport.MiniSpec($$"""
          /v1/jobs:
            post:
              operationId: createJob
              x-seedance-role: create
              x-seedance-retry: create
              x-seedance-retry-reason: "starts a paid job"
        {{createExtras}}
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Dummy'}
                    examples:
                      first: {value: {a: x} }
                      second: {value: {a: y} }
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Job'}
          /v1/jobs/{jobId}:
            get:
              operationId: getJob
              x-seedance-role: status
              x-seedance-retry: idempotent
        {{statusExtras}}
              x-seedance-states:
        {{states}}
              parameters:
                - {name: jobId, in: path, required: true, schema: {type: string}, example: job_1}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Job'}
        """, """
            Dummy: {type: object, properties: {a: {type: string}}}
            Job: {type: object, properties: {status: {$ref: '#/components/schemas/JobStatus'}}}
            JobStatus: {type: string, enum: [queued, done]}
        """);

    private static SpecReadResult Read(string yaml) => SpecReader.Read("specs/jobs.yaml", yaml);

    private static OperationModel Op(SpecModel model, string operationId)
    {
        static IEnumerable<OperationModel> All(RequestBuilderModel b) => b.Operations.Concat(b.Children.SelectMany(All));
        return All(model.Root).Single(o => o.OperationId == operationId);
    }

    [Fact]
    public void The_extensions_are_read_into_the_model()
    {
        var result = Read(JobSpec());
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == SpecSeverity.Warning);

        var create = Op(result.Model!, "createJob").Facts;
        Assert.Equal("/v1/jobs", create.Path);
        Assert.Equal(JobRole.Create, create.Role);
        Assert.Equal(RetryClass.Create, create.Retry);
        Assert.Equal("starts a paid job", create.RetryReason);
        Assert.Equal("application/json", create.RequestMediaType);
        Assert.Equal(["first", "second"], create.RequestExamples);
        Assert.Empty(create.StatusWords);

        var status = Op(result.Model!, "getJob").Facts;
        Assert.Equal(JobRole.Status, status.Role);
        Assert.Equal(RetryClass.Idempotent, status.Retry);
        Assert.Null(status.RetryReason);
        Assert.Null(status.RequestMediaType);
        Assert.Equal([new PathParameterFact("jobId", "job_1")], status.PathParameters);
        // spec order and spelling kept: the words are the provider's
        Assert.Equal([new StatusWordModel("queued", "Queued"), new StatusWordModel("DONE", "Succeeded")], status.StatusWords);
    }

    [Theory]
    [InlineData("get", RetryClass.Idempotent)]
    [InlineData("delete", RetryClass.Idempotent)]
    [InlineData("post", RetryClass.Create)]
    [InlineData("patch", RetryClass.Create)]
    public void Without_x_seedance_retry_the_method_decides_and_never_replays_a_post(string method, RetryClass expected)
    {
        var result = Read(TestSupport.MiniSpec($$"""
              /v1/x:
                {{method}}:
                  operationId: doIt
                  responses:
                    '204': {description: ok}
            """));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var facts = Op(result.Model!, "doIt").Facts;
        Assert.Equal(expected, facts.Retry);
        Assert.Equal(JobRole.None, facts.Role);
    }

    public static TheoryData<string, string, string, string> BadSpecs() => new()
    {
        // spec, diagnostic id, pointer, message fragment
        { JobSpec(createExtras: "      x-seedance-role: creator").Replace("      x-seedance-role: create\n", ""), DiagnosticIds.Convention, "/paths/~1v1~1jobs/post/x-seedance-role", "x-seedance-role 'creator' is unknown (expected one of: create, status, cancel, list, models)" },
        { JobSpec().Replace("x-seedance-retry: idempotent", "x-seedance-retry: sometimes"), DiagnosticIds.Convention, "/paths/~1v1~1jobs~1{jobId}/get/x-seedance-retry", "x-seedance-retry 'sometimes' is unknown (expected one of: idempotent, create)" },
        { JobSpec().Replace("x-seedance-retry: create", "x-seedance-retry: idempotent"), DiagnosticIds.Convention, "/paths/~1v1~1jobs/post/x-seedance-retry", "cannot be 'idempotent'" },
        { JobSpec(states: "          queued: Queued\n          done: Done\n"), DiagnosticIds.Convention, "/paths/~1v1~1jobs~1{jobId}/get/x-seedance-states/done", "'done' maps to 'Done', which is not a state" },
        { JobSpec(states: "          queued: Queued\n          done: Succeeded\n          Done: Failed\n"), DiagnosticIds.NameClash, "/paths/~1v1~1jobs~1{jobId}/get/x-seedance-states/Done", "listed twice" },
        { JobSpec().Replace("x-seedance-role: status", "x-seedance-role: cancel"), DiagnosticIds.Convention, "/paths/~1v1~1jobs~1{jobId}/get/x-seedance-states", "belongs on the status operation" },
    };

    [Theory]
    [MemberData(nameof(BadSpecs))]
    public void A_bad_fact_is_an_error_at_its_keyword(string yaml, string id, string pointer, string message)
    {
        var result = Read(yaml);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == SpecSeverity.Error);
        Assert.Equal(id, error.Id);
        Assert.Equal(pointer, error.Pointer);
        Assert.True(error.Line > 0);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Null(result.Model);
    }

    [Fact]
    public void A_status_enum_value_left_out_of_the_states_is_a_warning()
    {
        var result = Read(JobSpec(states: "          queued: Queued\n"));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Severity == SpecSeverity.Warning);
        Assert.Equal("/paths/~1v1~1jobs~1{jobId}/get/x-seedance-states", warning.Pointer);
        Assert.Contains("'done' of JobStatus has no x-seedance-states entry", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_descriptors_carry_the_facts_and_an_invoker_that_calls_the_builder()
    {
        var (files, diagnostics) = SpecCompiler.Compile("specs/jobs.yaml", JobSpec());
        Assert.DoesNotContain(diagnostics, d => d.Severity == SpecSeverity.Error);
        Assert.Empty(TestSupport.CompileDiagnostics(files));
        var text = Assert.Single(files, f => f.HintName == "Seedance.Tests.Mini.MiniOperations.g.cs").Text;
        Assert.Contains("internal static class MiniOperations", text, StringComparison.Ordinal);
        Assert.Contains("global::Seedance.Generated.Runtime.OperationRetry.Create,", text, StringComparison.Ordinal);
        Assert.Contains("new global::Seedance.Generated.Runtime.StatusWord(\"DONE\", global::Seedance.Generated.Runtime.SpecJobState.Succeeded)", text, StringComparison.Ordinal);
        Assert.Contains("new string[] { \"first\", \"second\" }", text, StringComparison.Ordinal);
        Assert.Contains("client.V1.Jobs[arguments.PathValue(\"jobId\", \"job_1\")].GetAsync(", text, StringComparison.Ordinal);
        Assert.Contains("arguments.ParseBody<global::Seedance.Tests.Mini.Models.Dummy>(\"jobs/createJob\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_feature_spec_descriptors_compile_for_every_body_and_response_kind()
    {
        // features.yaml has JSON, multipart and text bodies, a 204 and a text response.
        var (files, _) = SpecCompiler.Compile("specs/features.yaml", TestSupport.ReadSpec("features.yaml"));
        var index = CSharpEmitter.EmitOperationIndex(["global::Seedance.Tests.Features.FeaturesOperations"]);
        var diagnostics = TestSupport.CompileDiagnostics(files.Append(index));
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics.Take(30)));
        Assert.Contains("public static global::Seedance.Generated.Runtime.OperationDescriptor? Find(string api, string operationId)", index.Text, StringComparison.Ordinal);
    }
}
