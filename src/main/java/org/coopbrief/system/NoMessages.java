package org.coopbrief.system;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The contexts' message source, which resolves nothing: coopbrief's texts come from
 * {@code localisation.Texts}, never from Spring's messages. Without a bean of this name every context
 * makes Spring's default one, whose class initialiser lists every locale the JVM knows (a tenth of
 * a {@code run}'s start-up on this machine; nothing else in coopbrief asks for that list).
 */
@Component(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
class NoMessages implements MessageSource {

    @Override
    public @Nullable String getMessage(
            String code, Object @Nullable [] args, @Nullable String defaultMessage, @Nullable Locale locale) {
        return defaultMessage;
    }

    @Override
    public String getMessage(String code, Object @Nullable [] args, @Nullable Locale locale) {
        throw new NoSuchMessageException(code, locale == null ? Locale.ROOT : locale);
    }

    @Override
    public String getMessage(MessageSourceResolvable resolvable, @Nullable Locale locale) {
        if (resolvable.getDefaultMessage() != null) {
            return resolvable.getDefaultMessage();
        }
        String[] codes = resolvable.getCodes();
        throw new NoSuchMessageException(
                codes == null || codes.length == 0 ? "" : codes[codes.length - 1],
                locale == null ? Locale.ROOT : locale);
    }
}
