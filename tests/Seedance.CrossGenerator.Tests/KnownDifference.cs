namespace Seedance.CrossGenerator.Tests;

/// <summary>
/// A wire difference between our client and Kiota's that is kept on purpose: each one is a row of the
/// table in docs/generator.md ("Cross-check against the Kiota CLI") with the reason ours is right.
/// <paramref name="Case"/> is the request example name (<c>*</c>: every case of the operation).
/// </summary>
public sealed record KnownDifference(string Operation, string Case, string Aspect, string Ours, string Kiota)
{
    /// <summary>Whether this entry accounts for <paramref name="difference"/> seen in <paramref name="crossCase"/>.</summary>
    public bool Matches(CrossCase crossCase, WireDifference difference) =>
        Operation == crossCase.Operation.Key
        && (Case == "*" || Case == crossCase.Name)
        && Aspect == difference.Aspect && Ours == difference.Ours && Kiota == difference.Kiota;
}
