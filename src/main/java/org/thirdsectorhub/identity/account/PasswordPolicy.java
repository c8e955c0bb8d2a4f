package org.thirdsectorhub.identity.account;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * NCSC- and NIST-style password rules: long enough, not too long for bcrypt, and not a password that
 * attackers try first. zxcvbn's dictionaries hold the 30,000 most common passwords; a small local list
 * adds the words a district's own people would pick.
 */
@Component
public class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;
    public static final int MAXIMUM_LENGTH = 64;
    private static final int BCRYPT_MAXIMUM_BYTES = 72;
    private static final int STRONG_ENOUGH_SCORE = 3;

    private final Zxcvbn zxcvbn = new Zxcvbn();
    private final Set<String> localWords = readLocalWords();

    /** The message key of the first rule the password breaks, or empty when it is acceptable. */
    public Optional<String> problem(String password, String... personalWords) {
        if (password == null || password.isEmpty()) {
            return Optional.of("identity.password.required");
        }
        if (password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
            return Optional.of("identity.password.tooShort");
        }
        if (password.length() > MAXIMUM_LENGTH
                || password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAXIMUM_BYTES) {
            return Optional.of("identity.password.tooLong");
        }
        if (localWords.contains(core(password))) {
            return Optional.of("identity.password.tooCommon");
        }
        Strength strength = zxcvbn.measure(password, personalInputs(personalWords));
        if (isCommonPassword(strength)) {
            return Optional.of("identity.password.tooCommon");
        }
        if (strength.getScore() < STRONG_ENOUGH_SCORE) {
            return Optional.of("identity.password.tooGuessable");
        }
        return Optional.empty();
    }

    private static boolean isCommonPassword(Strength strength) {
        List<Match> sequence = strength.getSequence();
        return sequence.size() == 1 && "passwords".equals(sequence.get(0).dictionaryName);
    }

    private static List<String> personalInputs(String... words) {
        List<String> inputs = new ArrayList<>(List.of("third", "sector", "hub", "milton", "keynes"));
        for (String word : words) {
            if (word != null && !word.isBlank()) {
                inputs.add(word.toLowerCase(Locale.ROOT));
                inputs.addAll(List.of(word.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
            }
        }
        return inputs;
    }

    private static String core(String password) {
        return password.toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
    }

    private static Set<String> readLocalWords() {
        var stream = PasswordPolicy.class.getResourceAsStream("/identity/local-common-passwords.txt");
        if (stream == null) {
            throw new IllegalStateException("identity/local-common-passwords.txt is missing from the classpath");
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
