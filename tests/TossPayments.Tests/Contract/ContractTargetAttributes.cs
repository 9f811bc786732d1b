using System;
using System.Collections.Generic;
using System.Reflection;
using Xunit.Sdk;

namespace TossPayments.Tests.Contract
{
    /// <summary>Runs a contract case against an in-process sandbox.</summary>
    [AttributeUsage(AttributeTargets.Method)]
    public sealed class OnSandboxAttribute : DataAttribute
    {
        public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[ContractTarget.SandboxName]];
    }

    /// <summary>
    /// Runs a contract case against the real test API, when the environment variables it needs are
    /// set (see <see cref="ContractSettings"/>); otherwise the case is skipped and says what to set.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method)]
    public sealed class OnTestApiAttribute : DataAttribute
    {
        public OnTestApiAttribute(ContractNeeds needs = ContractNeeds.Key) => Needs = needs;

        public ContractNeeds Needs { get; }

        public override string? Skip
        {
            get => ContractSettings.FromEnvironment.SkipReason(Needs);
            set => throw new NotSupportedException("The skip reason comes from the environment.");
        }

        public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[ContractTarget.TestApiName]];
    }
}
