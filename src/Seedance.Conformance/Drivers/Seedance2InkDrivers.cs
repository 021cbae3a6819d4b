using Seedance.Conformance.Scenarios;
using Seedance.Contracts.Http;
using Seedance.Generated.Seedance2Ink;
using Seedance.Generated.Seedance2Ink.Models;

namespace Seedance.Conformance.Drivers;

/// <summary><c>seedance2-ink/createGeneration</c>.</summary>
internal sealed class Seedance2InkCreateGenerationDriver : OperationDriver<CreateGenerationResponse>
{
    /// <inheritdoc />
    public override string Provider => "seedance2-ink";

    /// <inheritdoc />
    public override string OperationId => "createGeneration";

    /// <inheritdoc />
    protected override Task<CreateGenerationResponse?> CallAsync(SeedancePipeline pipeline, ScenarioRequest request, CancellationToken cancellationToken)
    {
        var body = KiotaJson.Parse(request.Body ?? throw new InvalidOperationException("createGeneration needs a body"), CreateGenerationRequest.CreateFromDiscriminatorValue);
        var client = new Seedance2InkClient(pipeline.RequestAdapter);
        return pipeline.Call.InvokeAsync(RequestSafety.Create, (scope, ct) => client.Api.Open.V1.Video.Generations.PostAsync(body, scope.Apply, ct), cancellationToken);
    }

    /// <inheritdoc />
    protected override object? Project(CreateGenerationResponse r, string path) => path switch
    {
        "success" => r.Success,
        "requestId" => r.RequestId,
        "status" => r.Status?.Value,
        "creditsCharged" => r.CreditsCharged,
        _ => NotProjected.Value,
    };
}

/// <summary><c>seedance2-ink/getGeneration</c>.</summary>
internal sealed class Seedance2InkGetGenerationDriver : OperationDriver<Generation>
{
    /// <inheritdoc />
    public override string Provider => "seedance2-ink";

    /// <inheritdoc />
    public override string OperationId => "getGeneration";

    /// <inheritdoc />
    protected override Task<Generation?> CallAsync(SeedancePipeline pipeline, ScenarioRequest request, CancellationToken cancellationToken)
    {
        var client = new Seedance2InkClient(pipeline.RequestAdapter);
        var id = request.PathValue("requestId", "req_1234567890");
        return pipeline.Call.InvokeAsync((scope, ct) => client.Api.Open.V1.Video.Generations[id].GetAsync(scope.Apply, ct), cancellationToken);
    }

    /// <inheritdoc />
    protected override object? Project(Generation g, string path) => path switch
    {
        "requestId" => g.RequestId,
        "status" => g.Status?.Value,
        "model" => g.Model,
        "output.url" => g.Output?.Url,
        "error.code" => g.Error?.Code,
        "error.message" => g.Error?.Message,
        _ => NotProjected.Value,
    };
}

/// <summary><c>seedance2-ink/cancelGeneration</c>.</summary>
internal sealed class Seedance2InkCancelGenerationDriver : OperationDriver<CancelGenerationResponse>
{
    /// <inheritdoc />
    public override string Provider => "seedance2-ink";

    /// <inheritdoc />
    public override string OperationId => "cancelGeneration";

    /// <inheritdoc />
    protected override Task<CancelGenerationResponse?> CallAsync(SeedancePipeline pipeline, ScenarioRequest request, CancellationToken cancellationToken)
    {
        var client = new Seedance2InkClient(pipeline.RequestAdapter);
        var id = request.PathValue("requestId", "req_1234567890");
        // Cancelling twice does no harm, so the call may be retried like a read.
        return pipeline.Call.InvokeAsync(RequestSafety.Idempotent, (scope, ct) => client.Api.Open.V1.Video.Generations[id].Cancel.PostAsync(scope.Apply, ct), cancellationToken);
    }

    /// <inheritdoc />
    protected override object? Project(CancelGenerationResponse r, string path) => path switch
    {
        "success" => r.Success,
        "requestId" => r.RequestId,
        "status" => r.Status?.Value,
        _ => NotProjected.Value,
    };
}

/// <summary><c>seedance2-ink/listModels</c>.</summary>
internal sealed class Seedance2InkListModelsDriver : OperationDriver<ModelList>
{
    /// <inheritdoc />
    public override string Provider => "seedance2-ink";

    /// <inheritdoc />
    public override string OperationId => "listModels";

    /// <inheritdoc />
    protected override Task<ModelList?> CallAsync(SeedancePipeline pipeline, ScenarioRequest request, CancellationToken cancellationToken)
    {
        var client = new Seedance2InkClient(pipeline.RequestAdapter);
        return pipeline.Call.InvokeAsync((scope, ct) => client.Api.Open.V1.Models.GetAsync(scope.Apply, ct), cancellationToken);
    }

    /// <inheritdoc />
    protected override object? Project(ModelList m, string path) => path switch
    {
        "success" => m.Success,
        "data.id" => KiotaJson.UntypedProperty(m.Data?.FirstOrDefault(), "id"),
        _ => NotProjected.Value,
    };
}
