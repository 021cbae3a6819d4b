using Microsoft.Extensions.Time.Testing;
using Seedance.Contracts.Catalog;
using Seedance.Emulator.Engine;

namespace Seedance.Emulator.Tests.Engine;

/// <summary>Jobs move on the emulator's clock alone: queued, running with progress, then their outcome.</summary>
public sealed class TimelineTests
{
    private static readonly TimeSpan Queue = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Total = TimeSpan.FromSeconds(5);

    [Theory]
    [InlineData(0, "Queued")]
    [InlineData(999, "Queued")]
    [InlineData(1000, "Running")]
    [InlineData(4999, "Running")]
    [InlineData(5000, "Succeeded")]
    public void The_phase_follows_the_schedule(int milliseconds, string phase)
    {
        var expected = Enum.Parse<JobPhase>(phase);
        var timeline = new JobTimeline(Queue, Total, JobPhase.Succeeded, curve: null);

        Assert.Equal(expected, timeline.PhaseAt(TimeSpan.FromMilliseconds(milliseconds)));
    }

    [Fact]
    public void Progress_is_linear_over_the_running_time_by_default_and_never_100_before_the_end()
    {
        var timeline = new JobTimeline(Queue, Total, JobPhase.Succeeded, curve: null);

        Assert.Equal(0, timeline.ProgressAt(Queue));
        Assert.Equal(50, timeline.ProgressAt(TimeSpan.FromSeconds(3)));
        Assert.Equal(99, timeline.ProgressAt(Total));
    }

    [Fact]
    public void A_progress_curve_maps_the_running_fraction_and_is_clamped()
    {
        var timeline = new JobTimeline(Queue, Total, JobPhase.Succeeded, curve: f => (int)(Math.Sqrt(f) * 150));

        Assert.Equal(75, timeline.ProgressAt(TimeSpan.FromSeconds(2)));  // fraction 0.25 -> sqrt 0.5 -> 75
        Assert.Equal(99, timeline.ProgressAt(TimeSpan.FromSeconds(4)));  // 130 is clamped below 100
    }

    [Fact]
    public void A_job_cancelled_while_running_stays_cancelled_and_cannot_be_cancelled_twice()
    {
        var clock = new FakeTimeProvider();
        var state = new EmulatorState(new SeedanceEmulatorOptions { TimeProvider = clock, QueueTime = Queue, RenderTime = Total });
        var job = state.Submit(ProviderId.Seedance2Ink, "j", "m", "p", null, []);
        clock.Advance(TimeSpan.FromSeconds(2));

        Assert.True(job.TryCancel(clock.GetUtcNow()));
        clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(JobPhase.Cancelled, job.PhaseAt(clock.GetUtcNow()));
        Assert.False(job.TryCancel(clock.GetUtcNow()));
    }

    [Fact]
    public void A_finished_job_cannot_be_cancelled()
    {
        var clock = new FakeTimeProvider();
        var state = new EmulatorState(new SeedanceEmulatorOptions { TimeProvider = clock, QueueTime = Queue, RenderTime = Total });
        var job = state.Submit(ProviderId.Seedance2Ink, "j", "m", "p", null, []);
        clock.Advance(Total);

        Assert.False(job.TryCancel(clock.GetUtcNow()));
        Assert.Equal(JobPhase.Succeeded, job.PhaseAt(clock.GetUtcNow()));
    }

    [Theory]
    [InlineData("A fox [emulate:fail]", EmulatedOutcome.Fail, "Failed")]
    [InlineData("[EMULATE:MODERATION] a fox", EmulatedOutcome.Moderation, "Failed")]
    [InlineData("a fox [emulate:expire]", EmulatedOutcome.Expire, "Expired")]
    [InlineData("a fox", EmulatedOutcome.Succeed, "Succeeded")]
    public void A_prompt_marker_picks_the_outcome(string prompt, EmulatedOutcome outcome, string phase)
    {
        var end = Enum.Parse<JobPhase>(phase);
        var state = new EmulatorState(new SeedanceEmulatorOptions());

        var job = state.Submit(ProviderId.Seedance2Ink, "j", "m", prompt, null, []);

        Assert.Equal(outcome, job.Outcome);
        Assert.Equal(end, job.Timeline.End);
    }

    [Fact]
    public void A_slow_job_takes_slow_factor_times_the_render_time()
    {
        var state = new EmulatorState(new SeedanceEmulatorOptions { RenderTime = TimeSpan.FromSeconds(3), SlowFactor = 4 });

        var job = state.Submit(ProviderId.Seedance2Ink, "j", "m", "a fox [emulate:slow]", null, []);

        Assert.Equal(TimeSpan.FromSeconds(12), job.Timeline.Total);
        Assert.Equal(JobPhase.Succeeded, job.Timeline.End);
    }

    [Fact]
    public void Queued_outcomes_apply_in_order_per_provider_and_a_marker_wins_without_using_one()
    {
        var state = new EmulatorState(new SeedanceEmulatorOptions());
        state.Enqueue(ProviderId.Seedance2Ink, EmulatedOutcome.Fail);
        state.Enqueue(ProviderId.Seedance2Ink, EmulatedOutcome.Expire);

        var other = state.Submit(ProviderId.AceDataSeedance, "a", "m", "p", null, []);
        var marked = state.Submit(ProviderId.Seedance2Ink, "b", "m", "p [emulate:slow]", null, []);
        var first = state.Submit(ProviderId.Seedance2Ink, "c", "m", "p", null, []);
        var second = state.Submit(ProviderId.Seedance2Ink, "d", "m", "p", null, []);
        var third = state.Submit(ProviderId.Seedance2Ink, "e", "m", "p", null, []);

        Assert.Equal(
            [EmulatedOutcome.Succeed, EmulatedOutcome.Slow, EmulatedOutcome.Fail, EmulatedOutcome.Expire, EmulatedOutcome.Succeed],
            [other.Outcome, marked.Outcome, first.Outcome, second.Outcome, third.Outcome]);
    }

    [Fact]
    public void Only_reads_after_the_first_terminal_read_count_as_wasted()
    {
        var clock = new FakeTimeProvider();
        var state = new EmulatorState(new SeedanceEmulatorOptions { TimeProvider = clock, QueueTime = Queue, RenderTime = Total });
        var job = state.Submit(ProviderId.Seedance2Ink, "j", "m", "p", null, []);

        job.RecordPoll(clock.GetUtcNow());
        clock.Advance(Total);
        job.RecordPoll(clock.GetUtcNow());
        job.RecordPoll(clock.GetUtcNow());

        Assert.Equal(3, job.Polls);
        Assert.Equal(1, job.PollsAfterTerminal);
    }
}
