using Seedance.Contracts;
using Seedance.Contracts.Catalog;
using Seedance.Emulator;

namespace Seedance.Testing.Tests;

/// <summary>The fake against the real client over the emulator: what an app sees should not depend on which it tests with.</summary>
public sealed class EmulatorParityTests
{
    public static TheoryData<string> Providers() => new(ProviderId.All);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_submit_shows_the_same_state_and_word_as_the_real_client_over_the_emulator(string provider)
    {
        await using var emulator = await SeedanceEmulator.StartAsync();
        using var real = emulator.CreateJobClient(provider);
        var fake = new FakeVideoJobClient(provider);

        var fromReal = await real.SubmitAsync(Kit.ValidRequest(provider));
        var fromFake = await fake.SubmitAsync(Kit.ValidRequest(provider));

        Assert.Equal((fromReal.State, fromReal.RawStatus), (fromFake.State, fromFake.RawStatus));
    }
}
