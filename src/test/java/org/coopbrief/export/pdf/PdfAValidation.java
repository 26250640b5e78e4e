package org.coopbrief.export.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/** A PDF checked against PDF/A-1b by veraPDF, the reference validator. */
final class PdfAValidation {

    static {
        // registers veraPDF's own parser and model as the default foundry, once per class loader
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfAValidation() {}

    /** The rules the file breaks, one line each: clause, test number, description, how many times (empty: conforms). */
    static List<String> failedRules(Path file) {
        try (InputStream in = Files.newInputStream(file);
                PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_1_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_1_B, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getFailedChecks().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey(
                            java.util.Comparator.comparing(RuleId::getClause).thenComparing(RuleId::getTestNumber)))
                    .map(failed -> describe(result, failed.getKey(), failed.getValue()))
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate " + file, e);
        }
    }

    private static String describe(ValidationResult result, RuleId id, int times) {
        Rule rule = result.getValidationProfile().getRuleByRuleId(id);
        return id.getClause() + "-" + id.getTestNumber() + ": "
                + (rule == null ? "(no description)" : rule.getDescription()) + " (" + times + " times)";
    }
}
