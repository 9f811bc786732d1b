using System;
using System.IO;

namespace TossPayments.Tests.Infrastructure
{
    /// <summary>The public sample payments (the shape API notes §3 describes).</summary>
    public static class Samples
    {
        public const string CardDone = "sample-payment-card-done.json";
        public const string CardCanceled = "sample-payment-card-canceled.json";
        public const string CardDoneNotPartialCancelable = "sample-payment-card-done-not-partial-cancelable.json";

        public static readonly string[] All = [CardDone, CardCanceled, CardDoneNotPartialCancelable];

        public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", name));
    }
}
