using System.Management.Automation;
using TossPayments.Models;

namespace TossPayments.PowerShell.Bulk
{
    /// <summary>Where the bulk engine writes; every call comes on the pipeline thread.</summary>
    internal interface IBulkOutput
    {
        void WritePayment(Payment payment);

        void WriteFailure(TossPaymentsException exception, object row);

        /// <summary>A failure of a row that was in flight when a stopping run failed: written where an error cannot be.</summary>
        void WriteStoppedRunFailure(TossPaymentsException exception, object row);

        void WriteProgress(ProgressRecord progress);
    }
}
