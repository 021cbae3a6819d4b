namespace Seedance.Contracts.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Spec_violation_names_field_value_and_allowed_range()
    {
        var v = new Seedance.Generated.Runtime.SpecViolation("seconds", "20", "2..15");
        Assert.Equal("seconds: '20' is not allowed (2..15; spec)", v.ToString());
    }
}
