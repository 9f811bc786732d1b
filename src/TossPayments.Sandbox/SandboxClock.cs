using System;
using System.Threading;

namespace TossPayments.Sandbox
{
    /// <summary>
    /// The sandbox's time: a base clock (the system's, by default) plus an offset that tests and
    /// users move forward, from the command line (<c>--clock</c>), at run time (<c>POST
    /// /sandbox/clock</c>) or in-process (<see cref="Advance"/>). Expiry, due dates and refund
    /// payouts read it, so a day or a week passes in one call. It never moves back: what has
    /// expired stays expired.
    /// </summary>
    public sealed class SandboxClock : TimeProvider
    {
        /// <summary>Korea's offset, in which the API writes its times.</summary>
        internal static readonly TimeSpan Korea = TimeSpan.FromHours(9);
        private readonly TimeProvider _base;
        private long _offsetTicks;

        /// <summary>A clock on <paramref name="baseClock"/>'s time, or starting at <paramref name="start"/> and running on from there.</summary>
        public SandboxClock(TimeProvider baseClock, DateTimeOffset? start = null)
        {
            _base = baseClock;
            _offsetTicks = start is { } at ? (at - baseClock.GetUtcNow()).Ticks : 0;
        }

        /// <inheritdoc />
        public override DateTimeOffset GetUtcNow() => _base.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

        /// <summary>Now, in Korea time, as the API writes it.</summary>
        public DateTimeOffset KoreaNow => GetUtcNow().ToOffset(Korea);

        /// <summary>Moves the clock forward.</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="by"/> is negative.</exception>
        public DateTimeOffset Advance(TimeSpan by)
        {
            if (by < TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(by), "The sandbox clock only moves forward.");
            }

            Interlocked.Add(ref _offsetTicks, by.Ticks);
            return KoreaNow;
        }

        /// <summary>Moves the clock forward to <paramref name="to"/>.</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before now.</exception>
        public DateTimeOffset Set(DateTimeOffset to) => Advance(to - GetUtcNow());
    }
}
