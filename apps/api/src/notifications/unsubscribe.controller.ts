import { Controller, Get, Header, HttpCode, Inject, NotFoundException, Param, Post } from '@nestjs/common';
import { DEFAULT_CHANNELS } from '@tribune/domain';
import { Public } from '../auth/decorators';
import { APP_CONFIG, AppConfig } from '../config/config';
import { PrismaService } from '../prisma/prisma.service';
import { NoticeLocale, noticeLocale } from './render';
import { NotificationsService } from './notifications.service';
import { readUnsubscribeToken } from './unsubscribe-token';

const TEXT: Record<NoticeLocale, { ask: string; button: string; done: string; settings: string }> = {
  fr: {
    ask: 'Ne plus recevoir ce type de courriel ?',
    button: 'Me désabonner',
    done: 'C’est fait : vous ne recevrez plus ce type de courriel. Vous le verrez toujours dans Tribune.',
    settings: 'Tous mes réglages',
  },
  en: {
    ask: 'Stop receiving this kind of email?',
    button: 'Unsubscribe',
    done: 'Done: you will no longer receive this kind of email. You will still see it in Tribune.',
    settings: 'All my settings',
  },
  ar: {
    ask: 'إيقاف تلقي هذا النوع من الرسائل؟',
    button: 'إلغاء الاشتراك',
    done: 'تم: لن تتلقى هذا النوع من الرسائل بعد الآن، وستجده دائمًا في Tribune.',
    settings: 'كل إعداداتي',
  },
};

const page = (locale: NoticeLocale, body: string) =>
  `<!doctype html><html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8">` +
  `<meta name="viewport" content="width=device-width, initial-scale=1"><title>Tribune</title></head>` +
  `<body style="font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem;line-height:1.5">${body}</body></html>`;

/**
 * The unsubscribe link of notification mails (List-Unsubscribe, RFC 8058): a POST turns that kind's
 * mail off for that person (the one-click request mail clients send); a GET only shows the button,
 * since mail scanners open links.
 */
@Public()
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly prisma: PrismaService,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private async read(token: string) {
    const named = readUnsubscribeToken(this.config.jwtSecret, token);
    const user = named && (await this.prisma.user.findUnique({ where: { id: named.userId }, select: { locale: true } }));
    if (!named || !user) throw new NotFoundException();
    return { ...named, locale: noticeLocale(user.locale) };
  }

  @Get(':token')
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  async ask(@Param('token') token: string) {
    const { locale } = await this.read(token);
    const t = TEXT[locale];
    return page(locale, `<p>${t.ask}</p><form method="post"><button type="submit">${t.button}</button></form>`);
  }

  @Post(':token')
  @HttpCode(200)
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  async unsubscribe(@Param('token') token: string) {
    const { userId, kind, locale } = await this.read(token);
    const current = (await this.notifications.preferences(userId)).channels.find((c) => c.kind === kind);
    await this.notifications.updatePreferences(userId, {
      channels: [{ kind, inApp: current?.inApp ?? DEFAULT_CHANNELS[kind].inApp, email: false }],
    });
    const t = TEXT[locale];
    return page(locale, `<p>${t.done}</p><p><a href="${this.config.publicUrl}/account">${t.settings}</a></p>`);
  }
}
