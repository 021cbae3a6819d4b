namespace Seedance.CrossGenerator.Tests;

/// <summary>
/// One way the request our client sent differs from the one Kiota's client sent for the same example.
/// <paramref name="Aspect"/> names where (<c>method</c>, <c>path</c>, <c>query</c>, <c>content-type</c>,
/// <c>body $.content[1].role</c>, <c>part input_reference content-type</c>, ...); the two values are as
/// they went on the wire, <c>(absent)</c> when one side did not send it.
/// </summary>
public sealed record WireDifference(string Aspect, string Ours, string Kiota)
{
    /// <summary>The text for a value one side did not send.</summary>
    public const string Absent = "(absent)";

    /// <inheritdoc />
    public override string ToString() => $"{Aspect}: ours {Ours}, Kiota {Kiota}";
}
