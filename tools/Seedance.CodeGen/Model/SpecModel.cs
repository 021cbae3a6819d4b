namespace Seedance.CodeGen.Model
{
    /// <summary>Everything the emitter needs to know about one spec. Plain, equatable data.</summary>
    /// <param name="SourcePath">The spec file path as given to the reader.</param>
    /// <param name="ProviderId">The file stem, e.g. <c>cometapi-videos</c>.</param>
    /// <param name="Namespace">The root namespace (<c>info.x-csharp-namespace</c>).</param>
    /// <param name="ClientName">The client class name (<c>info.x-csharp-client</c>).</param>
    /// <param name="BaseUrl">servers[0].url, or null.</param>
    /// <param name="Title">info.title.</param>
    /// <param name="Description">info.description.</param>
    /// <param name="Root">The root request builder (the client itself).</param>
    /// <param name="Types">Every model, enum and composed type, in a stable order.</param>
    public sealed record SpecModel(
        string SourcePath,
        string ProviderId,
        string Namespace,
        string ClientName,
        string? BaseUrl,
        string? Title,
        string? Description,
        RequestBuilderModel Root,
        EquatableArray<TypeModel> Types)
    {
        /// <summary>The namespace that holds models, enums and errors.</summary>
        public string ModelsNamespace => Namespace + ".Models";
    }

    /// <summary>One node of the fluent navigation tree: a path segment, or a path parameter (indexer).</summary>
    /// <param name="ClassName">The builder class name, e.g. <c>VideosRequestBuilder</c>.</param>
    /// <param name="Namespace">Its namespace, following the path (e.g. <c>X.V1.Videos.Item</c>).</param>
    /// <param name="UrlTemplate">RFC 6570 template, e.g. <c>{+baseurl}/v1/videos/{id}</c>.</param>
    /// <param name="PropertyName">The navigation property on the parent, or null for an indexer or the root.</param>
    /// <param name="Parameter">For an indexer node: the path parameter it binds.</param>
    /// <param name="Path">The OpenAPI path this node stands for, e.g. <c>/v1/videos/{id}</c>.</param>
    /// <param name="Children">Child builders.</param>
    /// <param name="Operations">Operations on exactly this path.</param>
    public sealed record RequestBuilderModel(
        string ClassName,
        string Namespace,
        string UrlTemplate,
        string? PropertyName,
        PathParameterModel? Parameter,
        string Path,
        EquatableArray<RequestBuilderModel> Children,
        EquatableArray<OperationModel> Operations)
    {
        /// <summary>The fully qualified class name with <c>global::</c>.</summary>
        public string FullName => "global::" + Namespace + "." + ClassName;
    }

    /// <summary>A path parameter bound by an indexer.</summary>
    /// <param name="Name">The name in the path template (e.g. <c>id</c>).</param>
    /// <param name="Description">Its description.</param>
    public sealed record PathParameterModel(string Name, string? Description);

    /// <summary>How a body travels.</summary>
    public enum BodyKind
    {
        /// <summary><c>application/json</c> with a model (or a collection of models).</summary>
        Json,

        /// <summary><c>multipart/form-data</c> with a typed multipart body class.</summary>
        Multipart,

        /// <summary>Raw bytes (<c>application/octet-stream</c> and the like), as a Stream.</summary>
        Binary,

        /// <summary><c>text/plain</c> as a string.</summary>
        Text,
    }

    /// <summary>A request body of an operation.</summary>
    /// <param name="Kind">How it travels.</param>
    /// <param name="ContentType">The media type sent.</param>
    /// <param name="Type">The C# type of the body.</param>
    /// <param name="Required">Whether the spec marks the body required.</param>
    public sealed record RequestBodyModel(BodyKind Kind, string ContentType, TypeRef Type, bool Required);

    /// <summary>The success response of an operation.</summary>
    /// <param name="Kind">How it is read.</param>
    /// <param name="ContentType">Media type sent as Accept.</param>
    /// <param name="Type">The C# type.</param>
    public sealed record ResponseModel(BodyKind Kind, string ContentType, TypeRef Type);

    /// <summary>One entry of the Kiota error mapping.</summary>
    /// <param name="StatusKey">"400", "4XX", "XXX" ...</param>
    /// <param name="ErrorType">The error class (a <see cref="TypeKind.Object"/> or <see cref="TypeKind.Composed"/> ref).</param>
    public sealed record ErrorMappingModel(string StatusKey, TypeRef ErrorType);

    /// <summary>A query parameter.</summary>
    /// <param name="Name">Wire name.</param>
    /// <param name="CsName">C# property name.</param>
    /// <param name="Type">The C# type (enums travel as strings).</param>
    /// <param name="Description">Description.</param>
    /// <param name="Required">Required flag.</param>
    public sealed record QueryParameterModel(string Name, string CsName, TypeRef Type, string? Description, bool Required);

    /// <summary>One HTTP operation.</summary>
    /// <param name="Method">HTTP method in PascalCase (<c>Get</c>, <c>Post</c>...).</param>
    /// <param name="OperationId">The operationId.</param>
    /// <param name="Summary">summary.</param>
    /// <param name="Description">description.</param>
    /// <param name="Deprecated">deprecated flag.</param>
    /// <param name="Bodies">Request bodies (one per supported media type; executor overloads).</param>
    /// <param name="Response">The success response, or null when it has no body.</param>
    /// <param name="Errors">Error mapping.</param>
    /// <param name="QueryParameters">Query parameters.</param>
    /// <param name="QueryParametersClassName">The generated query parameter class, or null.</param>
    /// <param name="Pointer">JSON pointer of the operation.</param>
    /// <param name="Facts">The operation facts the descriptor carries (x-seedance-* and examples).</param>
    public sealed record OperationModel(
        string Method,
        string OperationId,
        string? Summary,
        string? Description,
        bool Deprecated,
        EquatableArray<RequestBodyModel> Bodies,
        ResponseModel? Response,
        EquatableArray<ErrorMappingModel> Errors,
        EquatableArray<QueryParameterModel> QueryParameters,
        string? QueryParametersClassName,
        string Pointer,
        OperationFacts Facts);

    /// <summary>The kind of a C# type reference.</summary>
    public enum TypeKind
    {
        /// <summary><c>string</c>.</summary>
        String,

        /// <summary><c>int</c>.</summary>
        Integer,

        /// <summary><c>long</c>.</summary>
        Long,

        /// <summary><c>double</c>.</summary>
        Number,

        /// <summary><c>bool</c>.</summary>
        Boolean,

        /// <summary><c>DateTimeOffset</c> (format date-time).</summary>
        DateTime,

        /// <summary>Anything: Kiota's <c>UntypedNode</c>.</summary>
        Untyped,

        /// <summary>A file (multipart part) or a raw byte stream.</summary>
        Binary,

        /// <summary>A generated model class.</summary>
        Object,

        /// <summary>A generated extensible enum struct.</summary>
        Enum,

        /// <summary>A generated oneOf/anyOf wrapper.</summary>
        Composed,

        /// <summary><c>List&lt;Item&gt;</c>.</summary>
        Array,
    }

    /// <summary>A reference to a C# type used by a property, body or response.</summary>
    /// <param name="Kind">The kind.</param>
    /// <param name="Name">For generated types: the class name (in the models namespace).</param>
    /// <param name="Item">For arrays: the item type.</param>
    public sealed record TypeRef(TypeKind Kind, string? Name = null, TypeRef? Item = null)
    {
        /// <summary>True for generated types.</summary>
        public bool IsGenerated => Kind == TypeKind.Object || Kind == TypeKind.Enum || Kind == TypeKind.Composed;

        /// <summary>A primitive ref.</summary>
        public static TypeRef Of(TypeKind kind) => new TypeRef(kind);

        /// <summary>An array ref.</summary>
        public static TypeRef ArrayOf(TypeRef item) => new TypeRef(TypeKind.Array, null, item);

        /// <inheritdoc />
        public override string ToString() => Kind switch
        {
            TypeKind.Array => $"{Item}[]",
            _ when IsGenerated => Name!,
            _ => Kind.ToString(),
        };
    }

    /// <summary>Validation constraints from the schema.</summary>
    public sealed record Constraints(
        double? Minimum = null,
        double? Maximum = null,
        bool ExclusiveMinimum = false,
        bool ExclusiveMaximum = false,
        int? MinLength = null,
        int? MaxLength = null,
        int? MinItems = null,
        int? MaxItems = null,
        string? Pattern = null,
        EquatableArray<string> AllowedValues = default)
    {
        /// <summary>No constraint.</summary>
        public static Constraints None { get; } = new Constraints();

        /// <summary>True when nothing is constrained.</summary>
        public bool IsEmpty => Equals(None);
    }

    /// <summary>A property of a model.</summary>
    /// <param name="JsonName">Wire name.</param>
    /// <param name="CsName">C# name.</param>
    /// <param name="Type">Type.</param>
    /// <param name="Description">Description.</param>
    /// <param name="Required">In the schema's <c>required</c> list.</param>
    /// <param name="Constraints">Value constraints.</param>
    /// <param name="ItemConstraints">For arrays of primitives: constraints on each item.</param>
    /// <param name="Remarks">Extra documentation (default, range, ...).</param>
    /// <param name="ContentTypes">Multipart file parts: allowed media types (from <c>encoding</c>).</param>
    /// <param name="Deprecated">deprecated flag.</param>
    public sealed record PropertyModel(
        string JsonName,
        string CsName,
        TypeRef Type,
        string? Description,
        bool Required,
        Constraints Constraints,
        Constraints ItemConstraints,
        string? Remarks,
        EquatableArray<string> ContentTypes,
        bool Deprecated);

    /// <summary>Where an <c>x-error-fields</c> value is read: typed properties, then raw additional data.</summary>
    /// <param name="JsonPath">The dotted path as written in the spec.</param>
    /// <param name="TypedSteps">C# property names walked through typed models.</param>
    /// <param name="LeafKind">Kind of the last typed step (when all steps are typed).</param>
    /// <param name="RawRest">The rest of the path, read from the additional data of the last typed model.</param>
    /// <param name="TypedJsonSteps">The wire names of <paramref name="TypedSteps"/>.</param>
    public sealed record ErrorFieldPath(string JsonPath, EquatableArray<string> TypedSteps, TypeKind? LeafKind, string? RawRest, EquatableArray<string> TypedJsonSteps);

    /// <summary>The x-error-fields of a schema.</summary>
    public sealed record ErrorFields(ErrorFieldPath? Code, ErrorFieldPath? Message, ErrorFieldPath? RequestId);

    /// <summary>A generated type.</summary>
    /// <param name="Name">C# class name.</param>
    /// <param name="Description">Description.</param>
    /// <param name="Pointer">JSON pointer of its schema.</param>
    public abstract record TypeModel(string Name, string? Description, string Pointer);

    /// <summary>A model class (IParsable), an error class (ApiException) or a multipart body.</summary>
    public sealed record ObjectTypeModel(
        string Name,
        string? Description,
        string Pointer,
        EquatableArray<PropertyModel> Properties,
        bool IsError,
        bool IsMultipart,
        ErrorFields? ErrorFields)
        : TypeModel(Name, Description, Pointer);

    /// <summary>A known value of an extensible enum.</summary>
    /// <param name="Value">Wire value.</param>
    /// <param name="CsName">Static member name.</param>
    public sealed record EnumMemberModel(string Value, string CsName);

    /// <summary>An extensible string enum.</summary>
    public sealed record EnumTypeModel(
        string Name,
        string? Description,
        string Pointer,
        EquatableArray<EnumMemberModel> Members)
        : TypeModel(Name, Description, Pointer);

    /// <summary>One alternative of a oneOf/anyOf.</summary>
    /// <param name="PropertyName">The wrapper property that holds it.</param>
    /// <param name="Type">Its type.</param>
    /// <param name="RequiredProperties">For objects: the wire names in its <c>required</c> list.</param>
    /// <param name="DiscriminatorValues">Discriminator values that select it.</param>
    public sealed record AlternativeModel(
        string PropertyName,
        TypeRef Type,
        EquatableArray<string> RequiredProperties,
        EquatableArray<string> DiscriminatorValues)
    {
        /// <summary>For a closed object (<c>additionalProperties: false</c>): the only wire names it allows; null when open.</summary>
        public EquatableArray<string>? ClosedProperties { get; init; }
    }

    /// <summary>A oneOf/anyOf wrapper (IComposedTypeWrapper).</summary>
    public sealed record ComposedTypeModel(
        string Name,
        string? Description,
        string Pointer,
        bool IsOneOf,
        string? DiscriminatorProperty,
        EquatableArray<AlternativeModel> Alternatives,
        bool IsError)
        : TypeModel(Name, Description, Pointer);
}
