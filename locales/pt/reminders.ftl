## Configurar e mudar o check-in diário, os botões do próprio lembrete, o fim de um plano
## e o /progress. As notificações (checkin-notify-*, reminder-plan-end-notify,
## notify-neutral) podem aparecer na tela bloqueada: nunca mencionam o assunto nem o par.

cmd-reminders = Seu check-in diário
cmd-progress = Como foram seus check-ins

reminders-intro = Vamos configurar seu check-in diário. Leva menos de um minuto: um horário, seu fuso horário, um horário de silêncio e por quanto tempo você quer que ele dure.
reminders-q-role = Qual destas descreve melhor o seu caso?
reminders-q-time = Em que horário você quer receber seu check-in todo dia? Escolha um horário, ou digite um (por exemplo, 19:30).
reminders-time = { $time }
reminders-time-invalid = Não consegui entender isso como um horário. Tente algo como 19:30, ou 19h.
reminders-q-zone = Em que fuso horário você está? Escolha um, ou digite sua cidade ou o nome de um fuso (por exemplo, Recife, ou America/Recife).
reminders-zone = { $zone }
reminders-zone-unknown = Não encontrei um fuso horário para isso. Tente a cidade grande mais próxima, ou o nome de um fuso, como America/Manaus.
reminders-q-zone-confirm = Em { $zone }, agora o relógio marca { $time }. É o seu horário?
reminders-zone-yes = Sim, está certo
reminders-zone-no = Não, quero escolher de novo
reminders-q-quiet = Tem algum horário em que você prefere não receber mensagens minhas, mesmo que um lembrete tenha atrasado?
reminders-quiet = Sem mensagens das { $start } às { $end }
reminders-quiet-none = Sem horário de silêncio
reminders-q-plan = Por quanto tempo você quer receber os check-ins? Dá para mudar isso a qualquer momento.
reminders-plan-weeks =
    { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    }
reminders-plan-open = Sem data para acabar
reminders-done = Seu check-in diário está configurado. Você pode mudar quando quiser com /reminders.
reminders-summary =
    Todo dia às { $time } ({ $zone }).
    { $plan }
    { $quiet }
reminders-plan-weeks-desc =
    Vai durar { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    }.
reminders-plan-open-desc = Vai continuar até você parar.
reminders-quiet-desc = Horário de silêncio: das { $start } às { $end }.
reminders-quiet-none-desc = Sem horário de silêncio.
reminders-quiet-cleared = Esse horário caía dentro do seu horário de silêncio, então desativei o horário de silêncio. Você pode configurar de novo aqui.
reminders-overview = Seu check-in diário:
reminders-updated = Pronto. Agora está assim:
reminders-change-time = Mudar o horário
reminders-change-zone = Mudar o fuso horário
reminders-change-quiet = Horário de silêncio
reminders-change-plan = Por quanto tempo dura
reminders-pause =
    Pausar por { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }
reminders-stop = Parar os check-ins

reminder-btn-start = Abrir
reminder-btn-snooze1 = Daqui a uma hora
reminder-btn-snooze3 = Daqui a três horas
reminder-btn-skip = Hoje não
reminder-btn-pause = Pausar por alguns dias
reminder-btn-stop = Parar os lembretes
reminder-btn-open = Abrir
reminder-snoozed = Tudo bem, volto às { $time }.
reminder-snooze-quiet = Isso cairia no seu horário de silêncio, então vamos deixar o de hoje para lá. Até amanhã.
reminder-skipped = Sem problema. Até amanhã.
reminder-paused = Em pausa. O próximo check-in chega no dia { $date }, às { $time }.
reminder-stopped = Os check-ins diários foram interrompidos. O /reminders configura tudo de novo quando você quiser.
reminder-gone = Este lembrete não está mais ativo. O /reminders mostra as configurações do seu check-in.
reminder-plan-end-notify = Tem um recado do Candor para você, quando você tiver um minuto.
notify-neutral = Você tem uma nova mensagem.

checkin-passed = O dia desse check-in já passou. O próximo vem no horário de sempre.
checkin-already = Você já fez o check-in desse dia. Obrigado.

plan-end-reflection =
    Seu plano de check-ins chegou ao fim. { $count ->
        [0] Desta vez não houve nenhum check-in, e tudo bem: os dias contaram do mesmo jeito.
        [one] Você fez um check-in ao longo do caminho.
       *[other] Você fez { $count } check-ins ao longo do caminho.
    }

    A confiança volta devagar, mais pelos dias comuns do que pelos grandes momentos. Seja o que for que essas semanas trouxeram, olhar para elas com honestidade fez parte do trabalho.

    Quer continuar?
plan-end-again = Outro plano com a mesma duração
plan-end-open = Continuar sem data para acabar
plan-end-change = Mudar o horário antes
plan-end-stop = Parar por aqui

progress-empty = Ainda não há check-ins para mostrar. Depois que você fizer alguns, o /progress mostra como foram as semanas.
progress-caption = As últimas quatro semanas. A linha mostra como foi cada dia (quanto mais alto, mais estável); as barras mostram sua resposta à segunda pergunta do dia. Os espaços vazios são dias sem check-in, e tudo bem.
progress-summary =
    Suas últimas quatro semanas:
    { $weeks }
progress-week-label = { $start } a { $end }
progress-week =
    • { $week }: { $count ->
        [0] nenhum check-in
        [one] um check-in
       *[other] { $count } check-ins
    }, { $mood }
progress-week-none = • { $week }: nenhum check-in
progress-mood-hard = dias difíceis, na maioria
progress-mood-mixed = dias variados
progress-mood-steady = dias mais estáveis, na maioria
