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
            var draws = new Draws(StableHash($"{options.Seed}\n{identity}\n{attempt}"));
            var delay = options.Latency + TimeSpan.FromTicks((long)(options.Jitter.Ticks * draws.Next()));

            // One draw splits the requests among the faults, so the rates add up as configured.
            var roll = draws.Next();
            var serverError = roll < options.ServerErrorRate;
            var rateLimited = !serverError && roll < options.ServerErrorRate + options.RateLimitRate;
            var lost = !serverError && !rateLimited && roll < options.ServerErrorRate + options.RateLimitRate + options.LostResponseRate;
            var slow = !lost && !serverError && !rateLimited && draws.Next() < options.SlowResponseRate;
            return new FaultDecision(delay, serverError, rateLimited, lost, slow);
        }

        // FNV-1a: string.GetHashCode differs between processes, and the plan must not.
        private static ulong StableHash(string text)
        {
            unchecked
            {
                var hash = 14695981039346656037ul;
                foreach (var b in Encoding.UTF8.GetBytes(text))
                {
                    hash = (hash ^ b) * 1099511628211ul;
                }

                return hash;
            }
        }

        // SplitMix64 from the hash. System.Random(int) is not used: its first values follow its seed
        // almost linearly, so the attempts of one request (whose hashes differ in one byte) would
        // meet correlated faults instead of independent ones.
        private struct Draws(ulong state)
        {
            public double Next()
            {
                unchecked
                {
                    state += 0x9E3779B97F4A7C15ul;
                    var z = state;
                    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ul;
                    z = (z ^ (z >> 27)) * 0x94D049BB133111EBul;
                    z ^= z >> 31;
                    return (z >> 11) * (1.0 / (1ul << 53));
                }
            }
        }
    }
}
