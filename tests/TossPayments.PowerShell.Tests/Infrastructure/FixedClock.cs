using System;

namespace TossPayments.PowerShell.Tests.Infrastructure
{
    /// <summary>A clock that always says the same time, so the sandbox's new transactions fall on a chosen day.</summary>
    public sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
