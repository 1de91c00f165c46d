using NodaTime;

namespace Reporting.Loans;

/// <summary>
/// Entry point of the optional purchase engine: folds a deal's loaded loan tape through an
/// <see cref="OptionalPurchaseFold"/> and returns every loan's status on a date. A pure
/// function of the loaded inputs and the date: it reads no file.
/// </summary>
public static class OptionalPurchaseEngine
{
    /// <summary>The status of every loan on <paramref name="asOf"/>.</summary>
    public static OptionalPurchaseReport Evaluate(LoanInputs inputs, LocalDate asOf)
    {
        var fold = new OptionalPurchaseFold(inputs.Rules, asOf, inputs.Purchases);
        // Each loan's state depends only on its own rows, so folding loan by loan gives what
        // folding the file's rows in their order gives.
        foreach (var loan in inputs.Tape.Loans)
        {
            for (int i = 0; i < loan.Snapshots.Count; i++) fold.Add(loan.LoanId, loan.Snapshots[i], loan.Lines[i]);
        }
        return fold.Complete();
    }
}
