using Seedance.Contracts;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Jobs;

namespace Seedance.Testing.Tests;

public sealed class ValidationParityTests
{
    public static TheoryData<string, string> InvalidRequests()
    {
        var data = new TheoryData<string, string>();
        foreach (var provider in ProviderId.All)
        {
            data.Add(provider, "duration");
            data.Add(provider, "model");
            data.Add(provider, "empty prompt");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task An_invalid_request_throws_the_same_exception_and_message_as_the_real_client(string provider, string mistake)
    {
        var request = Break(Kit.ValidRequest(provider), mistake);
        var fake = new FakeVideoJobClient(provider);
        using var real = SeedanceJobClients.Create(provider, new SeedanceApiKey("sk-not-used-0000"));

        var fromFake = await Assert.ThrowsAsync<SeedanceValidationException>(() => fake.SubmitAsync(request));
        var fromReal = await Assert.ThrowsAsync<SeedanceValidationException>(() => real.SubmitAsync(request));

        Assert.Equal(fromReal.Message, fromFake.Message);
        Assert.Equal(fromReal.Violations, fromFake.Violations);
        Assert.Equal(fromReal.Provider, fromFake.Provider);
    }

    [Fact]
    public async Task With_validation_off_any_request_is_accepted_and_recorded()
    {
        var fake = new FakeVideoJobClient(options: new FakeVideoJobClientOptions { ValidateRequests = false });
        var request = Break(Kit.ValidRequest(), "duration");

        var job = await fake.SubmitAsync(request);

        Assert.Same(request, Assert.Single(fake.Submissions));
        Assert.Equal(VideoJobState.Queued, job.State);
    }

    [Fact]
    public void An_invalid_request_fails_the_returned_task_instead_of_throwing_from_the_call()
    {
        var fake = new FakeVideoJobClient();

        var submit = fake.SubmitAsync(Break(Kit.ValidRequest(), "duration"));

        Assert.IsType<SeedanceValidationException>(submit.Exception?.InnerException);
    }

    [Fact]
    public void A_cancelled_token_cancels_the_returned_task()
    {
        var fake = new FakeVideoJobClient();

        var submit = fake.SubmitAsync(Kit.ValidRequest(), new CancellationToken(canceled: true));

        Assert.True(submit.IsCanceled);
        Assert.Empty(fake.Calls);
    }

    private static VideoRequest Break(VideoRequest request, string mistake) => mistake switch
    {
        "duration" => request with { Duration = 999 },
        "model" => request with { Model = "no-such-model" },
        "empty prompt" => request with { Prompt = " " },
        _ => throw new ArgumentOutOfRangeException(nameof(mistake)),
    };
}
