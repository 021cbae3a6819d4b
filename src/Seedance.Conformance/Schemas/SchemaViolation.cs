namespace Seedance.Conformance.Schemas;

/// <summary>A response body that breaks its spec schema: a scenario failure.</summary>
/// <param name="Provider">The provider id.</param>
/// <param name="Operation">The operationId.</param>
/// <param name="Status">The HTTP status.</param>
/// <param name="Pointer">JSON pointer in the body (empty for the whole body).</param>
/// <param name="Message">What is wrong.</param>
/// <param name="SpecLocation">Where the spec says otherwise (<c>specs/x.yaml:LINE #/pointer</c>).</param>
internal sealed record SchemaViolation(string Provider, string Operation, int Status, string Pointer, string Message, string SpecLocation)
{
    /// <summary>One line for a failure message.</summary>
    public override string ToString() =>
        $"schema: {Operation} {Status} body {(Pointer.Length == 0 ? "(root)" : Pointer)}: {Message} ({SpecLocation})";
}
