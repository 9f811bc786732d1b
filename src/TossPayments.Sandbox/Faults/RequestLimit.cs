using System;
using System.Collections.Generic;

namespace TossPayments.Sandbox.Faults
{
    /// <summary>
    /// The test mode's reported request limit (API notes §8h: 100 a minute, from secondary
    /// sources only): at most <see cref="FaultOptions.RequestsPerMinute"/> requests per secret key in
    /// each minute of the sandbox clock; the rest are refused before any work.
    /// </summary>
    internal sealed class RequestLimit(FaultOptions options, SandboxClock clock)
    {
        // Per Authorization header: the minute counted and the requests seen in it. Held in memory only.
        private readonly Dictionary<string, (long Minute, int Count)> _counts = new(StringComparer.Ordinal);

        /// <summary>Whether a request with this authorization is within the limit; counts it if so.</summary>
        public bool Admit(string authorization)
        {
            if (options.RequestsPerMinute is not int limit)
            {
                return true;
            }

            var minute = clock.KoreaNow.ToUnixTimeSeconds() / 60;
            lock (_counts)
            {
                var (counted, count) = _counts.GetValueOrDefault(authorization);
                count = counted == minute ? count : 0;
                if (count >= limit)
                {
                    return false;
                }

                _counts[authorization] = (minute, count + 1);
                return true;
            }
        }
    }
}
