## Поступки, как подписи кнопок. Общие для проверки «поправимо ли это» и «где проходит граница».
## Нейтральные формулировки: ими может пользоваться и тот, кто это делает, и тот, кто замечает.

behaviour-texting = Частая переписка с кем-то, слишком близкая
behaviour-ex-online = Пристальный интерес к бывшим в соцсетях
behaviour-secret-ex = Тайное общение с кем-то из бывших
behaviour-dating-app = Анкета в приложении знакомств во время отношений
behaviour-flirting = Флирт, который выходит за рамки дружбы
behaviour-hidden-accounts = Скрытый аккаунт, тайный чат, удалённые сообщения
behaviour-coworker = Близость с коллегой, похожая на нечто большее
behaviour-intimate-sharing = Откровенность с кем-то другим вместо партнёра
behaviour-sexting = Откровенные или сексуальные сообщения с кем-то другим
behaviour-secret-plans = Тайные договорённости о встречах с кем-то
behaviour-other = Что-то другое
## Короткие названия, чтобы перечислить несколько поступков в одной строке (после «Вы выбрали:»).
## Со строчной буквы и без точки с запятой: они соединяются через «; ».
behaviour-short-texting = слишком близкая переписка
behaviour-short-ex-online = интерес к бывшим в соцсетях
behaviour-short-secret-ex = тайное общение с бывшими
behaviour-short-dating-app = анкета в приложении знакомств
behaviour-short-flirting = флирт сверх дружеского
behaviour-short-hidden-accounts = скрытые чаты или аккаунты
behaviour-short-coworker = близость с коллегой
behaviour-short-intimate-sharing = откровенность с кем-то другим
behaviour-short-sexting = откровенные сообщения
behaviour-short-secret-plans = тайные встречи
behaviour-short-complaining = жалобы тому, к кому тянет
behaviour-short-basically-single = «считай, я ни с кем»
behaviour-short-uncomfortable-chats = переписки, которые неловко показать
