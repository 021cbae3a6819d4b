using Seedance.CodeGen.Diagnostics;
using Seedance.CodeGen.Model;
using Seedance.CodeGen.Reading;

namespace Seedance.CodeGen.Tests;

public class ReaderTests
{
    private static SpecModel ReadFeatures()
    {
        var result = SpecReader.Read("specs/features.yaml", TestSupport.ReadSpec("features.yaml"));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Model!;
    }

    private static T Type<T>(SpecModel model, string name) where T : TypeModel =>
        Assert.IsType<T>(model.Types.Single(t => t.Name == name));

    private static PropertyModel Prop(SpecModel model, string type, string json) =>
        Type<ObjectTypeModel>(model, type).Properties.Single(p => p.JsonName == json);

    [Fact]
    public void Identity_comes_from_info_extensions()
    {
        var model = ReadFeatures();
        Assert.Equal("Seedance.Tests.Features", model.Namespace);
        Assert.Equal("FeaturesClient", model.ClientName);
        Assert.Equal("https://api.example.test", model.BaseUrl);
        Assert.Equal("features", model.ProviderId);
    }

    [Fact]
    public void Missing_namespace_defaults_from_the_file_name()
    {
        var yaml = TestSupport.MiniSpec("  {}").Replace("  x-csharp-namespace: Seedance.Tests.Mini\n", "").Replace("  x-csharp-client: MiniClient\n", "");
        var result = SpecReader.Read("specs/my-provider.yaml", yaml);
        Assert.Equal("Seedance.Generated.MyProvider", result.Model!.Namespace);
        Assert.Equal("MyProviderClient", result.Model.ClientName);
    }

    [Fact]
    public void Refs_resolve_to_named_types()
    {
        var model = ReadFeatures();
        Assert.Equal(new TypeRef(TypeKind.Enum, "ThingStatus"), Prop(model, "Thing", "status").Type);
        Assert.Equal(TypeRef.ArrayOf(new TypeRef(TypeKind.Object, "Part")), Prop(model, "Thing", "parts").Type);
    }

    [Fact]
    public void Enums_get_varnames_or_derived_names()
    {
        var model = ReadFeatures();
        var ratio = Type<EnumTypeModel>(model, "Ratio");
        Assert.Equal(new[] { "Ratio16x9", "Ratio4x3", "P480" }, ratio.Members.Select(m => m.CsName));
        Assert.Equal(new[] { "16:9", "4:3", "480p" }, ratio.Members.Select(m => m.Value));
        var status = Type<EnumTypeModel>(model, "ThingStatus");
        Assert.Equal(new[] { "Queued", "InProgress", "Done" }, status.Members.Select(m => m.CsName));
    }

    [Theory]
    [InlineData("16:9", "V16_9")]
    [InlineData("480p", "V480p")]
    [InlineData("doubao-seedance-2-0", "DoubaoSeedance2_0")]
    [InlineData("in_progress", "InProgress")]
    public void Derived_enum_member_names(string value, string expected) => Assert.Equal(expected, Naming.Pascal(value));

    [Fact]
    public void Discriminated_oneOf_uses_mapping_and_const()
    {
        var model = ReadFeatures();
        var content = Type<ComposedTypeModel>(model, "Content");
        Assert.True(content.IsOneOf);
        Assert.Equal("type", content.DiscriminatorProperty);
        Assert.Equal(new[] { "text" }, content.Alternatives.Single(a => a.PropertyName == "TextContent").DiscriminatorValues);
        Assert.Equal(new[] { "image_url" }, content.Alternatives.Single(a => a.PropertyName == "ImageContent").DiscriminatorValues);
    }

    [Fact]
    public void AnyOf_with_primitive_array_and_object_alternatives()
    {
        var model = ReadFeatures();
        var payload = Type<ComposedTypeModel>(model, "Payload");
        Assert.False(payload.IsOneOf);
        Assert.Equal(new[] { "String", "BaseList", "Base" }, payload.Alternatives.Select(a => a.PropertyName));
    }

    [Fact]
    public void Undiscriminated_oneOf_records_required_properties()
    {
        var model = ReadFeatures();
        var union = Type<ComposedTypeModel>(model, "ProblemOrFlat");
        Assert.Null(union.DiscriminatorProperty);
        Assert.Equal(new[] { "error" }, union.Alternatives[0].RequiredProperties);
        Assert.Equal(new[] { "code", "message" }, union.Alternatives[1].RequiredProperties);
    }

    [Fact]
    public void Nullable_types_and_oneOf_with_null_collapse_to_the_type()
    {
        var model = ReadFeatures();
        var note = Prop(model, "Thing", "note");
        Assert.Equal(TypeKind.String, note.Type.Kind);
        Assert.Equal(1000, note.Constraints.MaxLength);
        Assert.Equal(new TypeRef(TypeKind.Enum, "Ratio"), Prop(model, "Thing", "ratio").Type);
    }

    [Fact]
    public void Integers_widen_to_long_for_int64_or_large_maximum()
    {
        var model = ReadFeatures();
        Assert.Equal(TypeKind.Long, Prop(model, "Thing", "size").Type.Kind);
        Assert.Equal(TypeKind.Long, Prop(model, "Thing", "big").Type.Kind);
        Assert.Equal(TypeKind.Number, Prop(model, "Thing", "score").Type.Kind);
        Assert.True(Prop(model, "Thing", "score").Constraints.ExclusiveMinimum);
    }

    [Fact]
    public void Inline_objects_free_form_and_untyped()
    {
        var model = ReadFeatures();
        Assert.Equal(new TypeRef(TypeKind.Object, "ThingOwner"), Prop(model, "Thing", "owner").Type);
        Assert.Equal(TypeKind.Untyped, Prop(model, "Thing", "meta").Type.Kind);
        Assert.Equal(TypeKind.Untyped, Prop(model, "Thing", "anything").Type.Kind);
        var kind = Prop(model, "Thing", "kind");
        Assert.Equal(TypeKind.String, kind.Type.Kind);
        Assert.Equal(new[] { "thing" }, kind.Constraints.AllowedValues);
    }

    [Fact]
    public void AllOf_merges_properties_and_required()
    {
        var model = ReadFeatures();
        var part = Type<ObjectTypeModel>(model, "Part");
        Assert.Equal(new[] { "id", "label" }, part.Properties.Select(p => p.JsonName));
        Assert.True(part.Properties.Single(p => p.JsonName == "label").Required);
    }

    [Fact]
    public void Multipart_body_has_file_parts_and_encodings()
    {
        var model = ReadFeatures();
        var body = Type<ObjectTypeModel>(model, "CreateThingMultipartBody");
        Assert.True(body.IsMultipart);
        var file = body.Properties.Single(p => p.JsonName == "file");
        Assert.Equal(TypeKind.Binary, file.Type.Kind);
        Assert.Equal(new[] { "image/png", "image/jpeg" }, file.ContentTypes);
        Assert.Equal(TypeKind.Binary, body.Properties.Single(p => p.JsonName == "extra").Type.Kind);
        Assert.Equal(new TypeRef(TypeKind.Enum, "Ratio"), body.Properties.Single(p => p.JsonName == "ratio").Type);
        var op = model.Root.Children.Single().Children.Single().Operations.Single(o => o.OperationId == "createThing");
        Assert.Equal(new[] { BodyKind.Json, BodyKind.Multipart }, op.Bodies.Select(b => b.Kind));
    }

    [Fact]
    public void Binary_and_text_responses()
    {
        var model = ReadFeatures();
        var cancel = model.Root.Children.Single().Children.Single().Children.Single().Children.Single().Operations.Single();
        Assert.Equal("cancelThing", cancel.OperationId);
        Assert.Equal(BodyKind.Text, cancel.Response!.Kind);
        var delete = model.Root.Children.Single().Children.Single().Children.Single().Operations.Single(o => o.Method == "Delete");
        Assert.Null(delete.Response);
    }

    [Fact]
    public void Error_responses_map_to_error_models()
    {
        var model = ReadFeatures();
        var things = model.Root.Children.Single().Children.Single();
        var list = things.Operations.Single(o => o.OperationId == "listThings");
        // Problem is also an alternative of ProblemOrFlat, so its error variant is a separate class
        Assert.Equal(new[] { ("400", "ProblemException"), ("401", "ProblemException") }, list.Errors.Select(e => (e.StatusKey, e.ErrorType.Name!)));
        var create = things.Operations.Single(o => o.OperationId == "createThing");
        Assert.Equal(("4XX", "ProblemOrFlat"), (create.Errors.Single().StatusKey, create.Errors.Single().ErrorType.Name!));
        var get = things.Children.Single().Operations.Single(o => o.OperationId == "getThing");
        Assert.Equal("XXX", get.Errors.Single().StatusKey);

        Assert.True(Type<ObjectTypeModel>(model, "ProblemException").IsError);
        Assert.False(Type<ObjectTypeModel>(model, "Problem").IsError);
        Assert.True(Type<ComposedTypeModel>(model, "ProblemOrFlat").IsError);
        var fields = Type<ObjectTypeModel>(model, "ProblemException").ErrorFields!;
        Assert.Equal(new[] { "Error", "Code" }, fields.Code!.TypedSteps);
        Assert.Equal(new[] { "TraceId" }, fields.RequestId!.TypedSteps);
        // "message" would clash with Exception.Message on an error model
        Assert.Contains(Type<ObjectTypeModel>(model, "ProblemException").Properties, p => p.CsName == "DataProp");
    }

    [Fact]
    public void Request_builders_follow_the_path()
    {
        var model = ReadFeatures();
        var v1 = model.Root.Children.Single();
        Assert.Equal(("V1", "V1RequestBuilder", "Seedance.Tests.Features.V1"), (v1.PropertyName, v1.ClassName, v1.Namespace));
        var things = v1.Children.Single();
        Assert.Equal("{+baseurl}/v1/things{?limit*,status*}", things.UrlTemplate);
        var item = things.Children.Single();
        Assert.Null(item.PropertyName);
        Assert.Equal("thingId", item.Parameter!.Name);
        Assert.Equal("The thing id.", item.Parameter.Description);
        Assert.Equal("ThingsItemRequestBuilder", item.ClassName);
        Assert.Equal("Seedance.Tests.Features.V1.Things.Item", item.Namespace);
        Assert.Equal("{+baseurl}/v1/things/{thingId}/cancel", item.Children.Single().UrlTemplate);
        var list = things.Operations.Single(o => o.OperationId == "listThings");
        Assert.Equal(new[] { "limit", "status" }, list.QueryParameters.Select(q => q.Name));
        Assert.Equal(TypeKind.String, list.QueryParameters[1].Type.Kind); // enums travel as strings
    }

    [Fact]
    public void Model_is_equatable_across_reads()
    {
        var text = TestSupport.ReadSpec("features.yaml");
        var a = SpecReader.Read("specs/features.yaml", text);
        var b = SpecReader.Read("specs/features.yaml", text);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        var c = SpecReader.Read("specs/features.yaml", text.Replace("maxLength: 1000", "maxLength: 999"));
        Assert.NotEqual(a, c);
    }

    // ---------------------------------------------------------------- invalid specs

    private static SpecDiagnostic SingleError(string yaml, string path = "specs/broken.yaml")
    {
        var result = SpecReader.Read(path, yaml);
        Assert.Null(result.Model);
        return result.Diagnostics.First(d => d.Severity == SpecSeverity.Error);
    }

    [Fact]
    public void Yaml_syntax_error_reports_line_and_column()
    {
        var yaml = "openapi: 3.1.0\ninfo:\n  title: x\n  version: [1\npaths: {}\n";
        var d = SingleError(yaml);
        Assert.Equal(DiagnosticIds.YamlSyntax, d.Id);
        Assert.Equal("specs/broken.yaml", d.FilePath);
        Assert.True(d.Line >= 4, d.ToString());
        Assert.StartsWith("specs/broken.yaml(", d.FullMessage);
    }

    [Fact]
    public void Duplicate_keys_are_reported()
    {
        var d = SingleError("openapi: 3.1.0\nopenapi: 3.1.0\n");
        Assert.Equal(DiagnosticIds.YamlSyntax, d.Id);
        Assert.Equal(2, d.Line);
        Assert.Contains("uplicate key", d.Message);
    }

    [Fact]
    public void OpenApi_errors_carry_pointer_and_line()
    {
        var yaml = "openapi: 3.1.0\ninfo:\n  version: 1.0.0\npaths: {}\n";
        var result = SpecReader.Read("specs/broken.yaml", yaml);
        var d = result.Diagnostics.First(x => x.Severity == SpecSeverity.Error);
        Assert.Equal(DiagnosticIds.OpenApiInvalid, d.Id);
        Assert.StartsWith("/info", d.Pointer);
        Assert.Equal(2, d.Line);
    }

    [Fact]
    public void Unsupported_version_is_an_error()
    {
        var d = SingleError("swagger: '2.0'\ninfo: {title: x, version: '1'}\npaths: {}\n");
        Assert.Equal(DiagnosticIds.OpenApiInvalid, d.Id);
    }

    [Fact]
    public void Missing_operationId_names_the_operation()
    {
        var yaml = TestSupport.MiniSpec("""
              /v1/x:
                get:
                  responses:
                    '200': {description: ok}
            """);
        var d = SingleError(yaml);
        Assert.Equal(DiagnosticIds.Convention, d.Id);
        Assert.Equal("/paths/~1v1~1x/get", d.Pointer);
        Assert.Equal(11, d.Line);
        Assert.Contains("operationId", d.Message);
    }

    [Fact]
    public void Dangling_ref_is_reported_with_its_pointer()
    {
        var yaml = TestSupport.MiniSpec("  {}", """
                Thing:
                  type: object
                  properties:
                    other: {$ref: '#/components/schemas/Nope'}
            """);
        var result = SpecReader.Read("specs/broken.yaml", yaml);
        Assert.Null(result.Model);
        Assert.Contains(result.Diagnostics, d => d.Severity == SpecSeverity.Error && d.Line > 0 && d.Pointer.StartsWith("/components/schemas/Thing", StringComparison.Ordinal));
    }

    [Fact]
    public void Mixed_path_segment_is_unsupported()
    {
        var yaml = TestSupport.MiniSpec("""
              /v1/files/{id}.json:
                get:
                  operationId: getFile
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: string}}
                  responses:
                    '200': {description: ok}
            """);
        var d = SingleError(yaml);
        Assert.Equal(DiagnosticIds.Unsupported, d.Id);
        Assert.Contains("{id}.json", d.Message);
    }

    [Fact]
    public void Non_object_error_schema_is_unsupported()
    {
        var yaml = TestSupport.MiniSpec("""
              /v1/x:
                get:
                  operationId: getX
                  responses:
                    '200': {description: ok}
                    '400':
                      description: bad
                      content:
                        application/json:
                          schema: {type: string}
            """);
        var d = SingleError(yaml);
        Assert.Equal(DiagnosticIds.Unsupported, d.Id);
        Assert.Equal("/paths/~1v1~1x/get/responses/400/content/application~1json/schema", d.Pointer);
    }

    [Fact]
    public void Bad_enum_varnames_and_pattern_are_reported()
    {
        var yaml = TestSupport.MiniSpec("  {}", """
                E:
                  type: string
                  enum: [a, b]
                  x-enum-varnames: [A]
                S:
                  type: object
                  properties:
                    p: {type: string, pattern: '(unclosed'}
            """);
        var result = SpecReader.Read("specs/broken.yaml", yaml);
        Assert.Contains(result.Diagnostics, d => d.Id == DiagnosticIds.Convention && d.Pointer == "/components/schemas/E/x-enum-varnames");
        Assert.Contains(result.Diagnostics, d => d.Id == DiagnosticIds.Unsupported && d.Pointer == "/components/schemas/S/properties/p/pattern");
    }

    [Fact]
    public void Bad_error_field_path_is_reported()
    {
        var yaml = TestSupport.MiniSpec("""
              /v1/x:
                get:
                  operationId: getX
                  responses:
                    '200': {description: ok}
                    '400':
                      description: bad
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Err'}
            """, """
                Err:
                  type: object
                  x-error-fields: {code: items.code}
                  properties:
                    items: {type: array, items: {type: object, properties: {code: {type: string}}}}
            """);
        var result = SpecReader.Read("specs/broken.yaml", yaml);
        Assert.Contains(result.Diagnostics, d => d.Id == DiagnosticIds.Unsupported && d.Pointer == "/components/schemas/Err/x-error-fields/code");
    }

    [Fact]
    public void Garbage_is_a_located_spec_error_not_an_exception()
    {
        foreach (var text in new[] { "", "- a\n- b\n", "openapi: 3.1.0\npaths: 5\n", "\t\u0000{{", "openapi: 3.1.0\ninfo: {title: a, version: b}\npaths:\n  /x:\n    get: 7\n" })
        {
            var result = SpecReader.Read("specs/garbage.yaml", text);
            Assert.Null(result.Model);
            var error = result.Diagnostics.FirstOrDefault(d => d.Severity == SpecSeverity.Error);
            Assert.True(error is not null, $"no error for {text}");
            Assert.Equal("specs/garbage.yaml", error.FilePath);
            // SDG099 would mean the reader crashed and only its catch-all saved the build.
            Assert.True(error.Id != DiagnosticIds.InternalError, error.ToString());
        }
    }
}

public sealed class ClosedObjectReaderTests
{
    [Fact]
    public void A_closed_empty_object_alternative_is_a_model_with_its_allowed_keys()
    {
        const string schemas = """
                Result:
                  oneOf:
                    - $ref: '#/components/schemas/Record'
                    - $ref: '#/components/schemas/Empty'
                Record: {type: object, required: [id], properties: {id: {type: string}}}
                Empty: {type: object, additionalProperties: false, maxProperties: 0}
            """;
        var result = SpecReader.Read("specs/mini.yaml", TestSupport.MiniSpec("  {}", schemas));

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var model = result.Model!;
        var empty = Assert.IsType<ObjectTypeModel>(model.Types.Single(t => t.Name == "Empty"));
        Assert.Empty(empty.Properties);
        var wrapper = Assert.IsType<ComposedTypeModel>(model.Types.Single(t => t.Name == "Result"));
        var emptyAlt = wrapper.Alternatives.Single(a => a.Type.Name == "Empty");
        Assert.NotNull(emptyAlt.ClosedProperties);
        Assert.Empty(emptyAlt.ClosedProperties!.Value);
        Assert.Null(wrapper.Alternatives.Single(a => a.Type.Name == "Record").ClosedProperties);
    }
}
