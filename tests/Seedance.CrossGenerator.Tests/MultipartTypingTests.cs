using Microsoft.Kiota.Abstractions;
using Seedance.Generated.Tests.Support;
using OurVideos = Seedance.Generated.CometApiVideos;

namespace Seedance.CrossGenerator.Tests;

/// <summary>
/// Not a wire difference but a typing one (docs/generator.md): Kiota's client takes the multipart body
/// of <c>cometapi-videos/createVideo</c> as the untyped <see cref="MultipartBody"/> (the caller names
/// every part and picks its content type); ours takes a model with one typed property per spec field.
/// The wire agreement of the two is checked by <see cref="WireAgreementTests"/>.
/// </summary>
public sealed class MultipartTypingTests
{
    [Fact]
    public void Kiota_takes_an_untyped_multipart_body_and_ours_a_typed_model()
    {
        var kiota = typeof(Kiota.CometApiVideos.V1.Videos.VideosRequestBuilder).GetMethod("PostAsync")!.GetParameters()[0].ParameterType;
        var ours = typeof(OurVideos.V1.Videos.VideosRequestBuilder).GetMethods()
            .Where(m => m.Name == "PostAsync").Select(m => m.GetParameters()[0].ParameterType).ToArray();

        Assert.Equal(typeof(MultipartBody), kiota);
        var model = Assert.Single(ours);
        Assert.Equal(typeof(OurVideos.Models.CreateVideoMultipartBody), model);
        var op = SpecDocument.Load("cometapi-videos").Operation("createVideo");
        var schema = op.Spec.Resolve(op.Spec.Resolve(op.Node["requestBody"]!)["content"]!["multipart/form-data"]!["schema"]!);
        var parts = schema["properties"]!.AsObject().Select(kv => kv.Key).ToArray();
        Assert.Contains("input_reference", parts);
        foreach (var part in parts)
            Assert.True(model.GetProperty(Wire.Pascal(part)) is not null, $"{model.Name} has no property for the part '{part}'");
    }
}
