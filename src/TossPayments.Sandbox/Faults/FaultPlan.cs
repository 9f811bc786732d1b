using System;
using System.Collections.Concurrent;
using System.Text;

namespace TossPayments.Sandbox.Faults
{
    /// <summary>What happens to one request.</summary>
    /// <param name="Delay">The latency to add.</param>
    /// <param name="ServerError">Answer 500 before doing anything.</param>
    /// <param name="RateLimited">Answer 429 before doing anything.</param>
    /// <param name="LoseResponse">Do the work, then drop the connection.</param>
    /// <param name="SlowResponse">Do the work, then hold the answer back.</param>
    public sealed record FaultDecision(TimeSpan Delay, bool ServerError, bool RateLimited, bool LoseResponse, bool SlowResponse);

    /// <summary>
    /// Decides each request's faults from the seed, the request's identity (method, path and
    /// Idempotency-Key) and how many times that identity was seen before. So the n-th attempt of a
    /// given request meets the same faults in every run, however requests interleave.
    /// </summary>
    public sealed class FaultPlan(FaultOptions options)
    {
        private static readonly FaultDecision None = new(TimeSpan.Zero, false, false, false, false);
        private readonly ConcurrentDictionary<string, int> _seen = new(StringComparer.Ordinal);

        /// <summary>The options the plan follows.</summary>
        public FaultOptions Options => options;

        /// <summary>Decides the faults of the next request with this identity.</summary>
        public FaultDecision Decide(string identity)
        {
            if (!options.Any)
            {
                return None;
            }

            var attempt = _seen.AddOrUpdate(identity, 1, (_, n) => n + 1);
            var random = new Random(StableHash($"{options.Seed}\n{identity}\n{attempt}"));
            var delay = options.Latency + TimeSpan.FromTicks((long)(options.Jitter.Ticks * random.NextDouble()));

            // One draw splits the requests among the faults, so the rates add up as configured.
            var roll = random.NextDouble();
            var serverError = roll < options.ServerErrorRate;
            var rateLimited = !serverError && roll < options.ServerErrorRate + options.RateLimitRate;
            var lost = !serverError && !rateLimited && roll < options.ServerErrorRate + options.RateLimitRate + options.LostResponseRate;
            var slow = !lost && !serverError && !rateLimited && random.NextDouble() < options.SlowResponseRate;
            return new FaultDecision(delay, serverError, rateLimited, lost, slow);
        }

        // FNV-1a: string.GetHashCode differs between processes, and the plan must not.
        private static int StableHash(string text)
        {
            unchecked
            {
                var hash = 2166136261u;
                foreach (var b in Encoding.UTF8.GetBytes(text))
                {
                    hash = (hash ^ b) * 16777619u;
                }

                return (int)hash;
            }
        }
    }
}
