using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using Seedance.Generated.Runtime;

namespace Seedance.Contracts.Tests.Http.TestKit;

// Handwritten stand-ins for what the source generator will emit: a request builder with executor
// methods taking Action<RequestConfiguration<T>>? and a CancellationToken, an IParsable model, and an
// ApiException-derived error model implementing IProviderError.

public sealed class TestVideo : IParsable
{
    public string? Id { get; set; }
    public string? Status { get; set; }

    public static TestVideo CreateFromDiscriminatorValue(IParseNode parseNode) => new();

    public IDictionary<string, Action<IParseNode>> GetFieldDeserializers() => new Dictionary<string, Action<IParseNode>>
    {
        ["id"] = n => Id = n.GetStringValue(),
        ["status"] = n => Status = n.GetStringValue(),
    };

    public void Serialize(ISerializationWriter writer)
    {
        writer.WriteStringValue("id", Id);
        writer.WriteStringValue("status", Status);
    }
}

public sealed class TestErrorDetail : IParsable
{
    public string? Code { get; set; }
    public string? Message { get; set; }

    public static TestErrorDetail CreateFromDiscriminatorValue(IParseNode parseNode) => new();

    public IDictionary<string, Action<IParseNode>> GetFieldDeserializers() => new Dictionary<string, Action<IParseNode>>
    {
        ["code"] = n => Code = n.GetStringValue(),
        ["message"] = n => Message = n.GetStringValue(),
    };

    public void Serialize(ISerializationWriter writer)
    {
        writer.WriteStringValue("code", Code);
        writer.WriteStringValue("message", Message);
    }
}

/// <summary>Shape <c>{"error":{"code","message"},"trace_id"}</c> (AceData; CometAPI without trace_id).</summary>
public sealed class TestError : ApiException, IParsable, IProviderError
{
    public TestErrorDetail? Error { get; set; }
    public string? TraceId { get; set; }

    // Kiota-generated errors surface the provider message as Message; it may echo what the client sent.
    public override string Message => Error?.Message ?? base.Message;

    public string? ProviderErrorCode => Error?.Code;
    public string? ProviderErrorMessage => Error?.Message;
    public string? ProviderRequestId => TraceId;

    public static TestError CreateFromDiscriminatorValue(IParseNode parseNode) => new();

    public IDictionary<string, Action<IParseNode>> GetFieldDeserializers() => new Dictionary<string, Action<IParseNode>>
    {
        ["error"] = n => Error = n.GetObjectValue(TestErrorDetail.CreateFromDiscriminatorValue),
        ["trace_id"] = n => TraceId = n.GetStringValue(),
    };

    public void Serialize(ISerializationWriter writer)
    {
        writer.WriteObjectValue("error", Error);
        writer.WriteStringValue("trace_id", TraceId);
    }
}

public sealed class TestVideosRequestBuilder(IRequestAdapter adapter)
    : BaseRequestBuilder(adapter, "{+baseurl}/v1/videos", new Dictionary<string, object>())
{
    private static Dictionary<string, ParsableFactory<IParsable>> ErrorMapping => new()
    {
        ["4XX"] = TestError.CreateFromDiscriminatorValue,
        ["5XX"] = TestError.CreateFromDiscriminatorValue,
    };

    public async Task<TestVideo?> PostAsync(TestVideo body, Action<RequestConfiguration<DefaultQueryParameters>>? requestConfiguration = default, CancellationToken cancellationToken = default)
    {
        var info = new RequestInformation(Method.POST, UrlTemplate, PathParameters);
        info.Configure(requestConfiguration);
        info.Headers.TryAdd("Accept", "application/json");
        info.SetContentFromParsable(RequestAdapter, "application/json", body);
        return await RequestAdapter.SendAsync(info, TestVideo.CreateFromDiscriminatorValue, ErrorMapping, cancellationToken);
    }

    public async Task<TestVideo?> GetAsync(string id, Action<RequestConfiguration<DefaultQueryParameters>>? requestConfiguration = default, CancellationToken cancellationToken = default)
    {
        var info = ForId(Method.GET, id, requestConfiguration);
        return await RequestAdapter.SendAsync(info, TestVideo.CreateFromDiscriminatorValue, ErrorMapping, cancellationToken);
    }

    /// <summary>A route whose spec has no error schema: Kiota throws a bare ApiException.</summary>
    public async Task<TestVideo?> GetUnmappedAsync(string id, Action<RequestConfiguration<DefaultQueryParameters>>? requestConfiguration = default, CancellationToken cancellationToken = default)
    {
        var info = ForId(Method.GET, id, requestConfiguration);
        return await RequestAdapter.SendAsync(info, TestVideo.CreateFromDiscriminatorValue, null, cancellationToken);
    }

    public async Task DeleteAsync(string id, Action<RequestConfiguration<DefaultQueryParameters>>? requestConfiguration = default, CancellationToken cancellationToken = default)
    {
        var info = ForId(Method.DELETE, id, requestConfiguration);
        await RequestAdapter.SendNoContentAsync(info, ErrorMapping, cancellationToken);
    }

    /// <summary>Like a generated WithUrl(...).GetAsync: an absolute URL, e.g. a signed download link.</summary>
    public async Task<TestVideo?> GetByUrlAsync(string url, Action<RequestConfiguration<DefaultQueryParameters>>? requestConfiguration = default, CancellationToken cancellationToken = default)
    {
        var info = new RequestInformation { HttpMethod = Method.GET, URI = new Uri(url) };
        info.Configure(requestConfiguration);
        info.Headers.TryAdd("Accept", "application/json");
        return await RequestAdapter.SendAsync(info, TestVideo.CreateFromDiscriminatorValue, ErrorMapping, cancellationToken);
    }

    private RequestInformation ForId(Method method, string id, Action<RequestConfiguration<DefaultQueryParameters>>? requestConfiguration)
    {
        var parameters = new Dictionary<string, object>(PathParameters) { ["id"] = id };
        var info = new RequestInformation(method, "{+baseurl}/v1/videos/{id}", parameters);
        info.Configure(requestConfiguration);
        info.Headers.TryAdd("Accept", "application/json");
        return info;
    }
}
