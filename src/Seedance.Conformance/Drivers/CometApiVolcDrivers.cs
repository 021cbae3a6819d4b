using Seedance.Conformance.Scenarios;
using Seedance.Contracts.Http;
using Seedance.Generated.CometApiVolc;
using Seedance.Generated.CometApiVolc.Models;

namespace Seedance.Conformance.Drivers;

/// <summary><c>cometapi-volc/createTask</c>: the JSON example parsed into <see cref="CreateTaskRequest"/>.</summary>
internal sealed class CometApiVolcCreateTaskDriver : OperationDriver<CreateTaskResponse>
{
    /// <inheritdoc />
    public override string Provider => "cometapi-volc";

    /// <inheritdoc />
    public override string OperationId => "createTask";

    /// <inheritdoc />
    protected override Task<CreateTaskResponse?> CallAsync(SeedancePipeline pipeline, ScenarioRequest request, CancellationToken cancellationToken)
    {
        var body = KiotaJson.Parse(request.Body ?? throw new InvalidOperationException("createTask needs a body"), CreateTaskRequest.CreateFromDiscriminatorValue);
        var client = new CometApiVolcClient(pipeline.RequestAdapter);
        return pipeline.Call.InvokeAsync(RequestSafety.Create, (scope, ct) => client.Volc.V3.Contents.Generations.Tasks.PostAsync(body, scope.Apply, ct), cancellationToken);
    }

    /// <inheritdoc />
    protected override object? Project(CreateTaskResponse result, string path) => path switch
    {
        "id" => result.Id,
        _ => NotProjected.Value,
    };
}

/// <summary><c>cometapi-volc/getTask</c>.</summary>
internal sealed class CometApiVolcGetTaskDriver : OperationDriver<ArkTask>
{
    /// <inheritdoc />
    public override string Provider => "cometapi-volc";

    /// <inheritdoc />
    public override string OperationId => "getTask";

    /// <inheritdoc />
    protected override Task<ArkTask?> CallAsync(SeedancePipeline pipeline, ScenarioRequest request, CancellationToken cancellationToken)
    {
        var client = new CometApiVolcClient(pipeline.RequestAdapter);
        var id = request.PathValue("id", "021773297205999example");
        return pipeline.Call.InvokeAsync((scope, ct) => client.Volc.V3.Contents.Generations.Tasks[id].GetAsync(scope.Apply, ct), cancellationToken);
    }

    /// <inheritdoc />
    protected override object? Project(ArkTask t, string path) => path switch
    {
        "id" => t.Id,
        "status" => t.Status?.Value,
        "content.video_url" => t.Content?.VideoUrl,
        "error.code" => t.Error?.Code,
        "error.message" => t.Error?.Message,
        "duration" => t.Duration,
        "service_tier" => t.ServiceTier,
        _ => NotProjected.Value,
    };
}
