## Comparar combinados com o par: cada pessoa responde à conversa sobre combinados em
## particular, e depois as duas veem onde se encontram.
## Mensagens que o par recebe sem ter pedido (pair-accepted-notify, pair-ended-notify) podem
## aparecer na tela bloqueada: nunca mencionam o assunto.
## Nada de "vocês dois", "juntos", "ambos": use "as duas pessoas", "a dois", "você e seu par".

cmd-pair = Comparar combinados com seu par
agreement-invite-partner = Convidar meu par para responder também

pair-invite-explain =
    Você pode convidar seu par para responder às mesmas perguntas, em particular.

    • Cada pessoa responde por conta própria. Ninguém vê as respostas do outro lado antes de as duas pessoas terminarem.
    • Depois, vocês recebem a comparação ao mesmo tempo: onde concordam, onde pensam diferente e por onde começar a conversa.
    • Só as respostas dos botões são comparadas. Nada mais das suas conversas com o Candor é compartilhado, nunca.
    • Você ou seu par podem encerrar tudo a qualquer momento com /pair.
pair-invite-create = Criar um link de convite
pair-invite-name = Que nome seu par deve ver ao abrir o link? Digite o nome (até { $max } caracteres), ou siga sem nome.
pair-invite-no-name = Não mostrar nome
pair-invite-link =
    Aqui está seu convite. Mande este link para seu par do jeito que preferir:

    { $link }

    Ele só pode ser usado uma vez e vale por { $days ->
        [one] um dia
       *[other] { $days } dias
    }. Até lá, suas respostas ficam guardadas junto com ele.
pair-invite-answer-first = Primeiro, passe pela conversa sobre combinados; o convite é feito a partir das suas respostas.

pair-from-name = { $name }
pair-from-someone = Alguém
pair-invited = { $who } convidou você para comparar, pelo Candor, os combinados da relação de vocês.
pair-invited-first = { $who } convidou você para comparar, pelo Candor, os combinados da relação de vocês: cada um responde às mesmas perguntas em particular, e depois os dois veem onde se encontram. Antes, veja o que é o Candor.
pair-how-it-works = Você vai responder a treze perguntas curtas, por conta própria. Ninguém vê as respostas do outro lado antes de as duas pessoas terminarem; depois, vocês recebem a comparação ao mesmo tempo. Só as respostas dos botões são comparadas, nunca o que você escreve, e você pode parar a qualquer momento com /pair.
pair-accept = Sim, quero responder e comparar
pair-decline = Não, prefiro não participar
pair-accepted = Obrigado. Aqui vão as perguntas; cada resposta é só sua, não do casal.
pair-accepted-notify = Tem novidade sobre sua comparação no Candor. Abra o /pair quando tiver um minuto.
pair-invalid = Este link de convite não funciona. Talvez já tenha sido usado, ou cancelado.
pair-expired = Este convite expirou. Se ainda quiser comparar, peça um novo.
pair-own = Esse convite é seu: o link é para mandar para seu par.
pair-already = Você já está comparando combinados com alguém. O /pair mostra em que pé isso está.

pair-invite-pending =
    Você convidou seu par para comparar combinados. O link só pode ser usado uma vez e vale por mais { $days ->
        [one] um dia
       *[other] { $days } dias
    }. Nada é compartilhado até vocês dois responderem, e aí só a comparação.

    Se o link se perdeu, cancele este convite; você pode criar outro no fim da conversa sobre combinados.
pair-invite-cancel = Cancelar o convite
pair-invite-cancelled = O convite foi cancelado: o link não funciona mais, e as respostas guardadas com ele foram apagadas.
pair-none = No momento você não está comparando combinados com ninguém. No fim da conversa sobre combinados, você pode convidar seu par.
pair-your-turn = Sua comparação está esperando as suas respostas.
pair-answer-now = Responder agora
pair-waiting = Suas respostas já foram registradas. Vocês recebem a comparação assim que seu par também responder.
pair-paused = Esta comparação está em pausa, e seu par não foi avisado do motivo. Como surgiu algo ligado à sua segurança, vá no seu tempo: você pode encerrar por aqui, ou continuar se sentir que é seguro.
pair-resume = Continuar a comparação
pair-revealed = Você e seu par já viram a comparação.
pair-news-accepted = Seu par aceitou o convite e está respondendo agora. Suas respostas já estão registradas: vocês recebem a comparação assim que seu par terminar.
pair-show-again = Ver a comparação de novo
pair-end-confirm = Encerrar esta comparação? Seu par só vai ver que ela terminou, não o motivo, e não dá para retomar: para comparar de novo, é preciso um novo convite.
pair-end-yes = Sim, encerrar
pair-end-keep = Não, manter
pair-end = Encerrar a comparação
pair-ended = A comparação foi encerrada. Seu par só vai ver que ela terminou.
pair-ended-notify = Uma comparação no Candor foi encerrada.

pair-reveal-intro = Você e seu par já responderam. Veja como as respostas de vocês se comparam. Vocês estão recebendo isto agora, ao mesmo tempo.
pair-reveal-again-intro = Aqui está de novo a comparação, do jeito que vocês dois viram.
pair-area-line = • { $area }: você, { $mine }; seu par, { $theirs }
pair-answer-fine = tudo bem
pair-answer-not-fine = não dá
pair-answer-depends = depende
pair-answer-unsure = sem certeza
pair-answer-talk = quer conversar
pair-answer-need = do que eu precisaria
pair-reveal-differ =
    Onde vocês pensam diferente:
    { $areas }
pair-reveal-open =
    Ainda em aberto para pelo menos um lado:
    { $areas }
pair-reveal-agree =
    Onde vocês concordam:
    { $areas }
pair-reveal-order = Uma sugestão de ordem: comecem por “{ $first }”, um ponto de cada vez. { $count ->
        [one] É o único ponto que pede uma conversa.
       *[other] São { $count } pontos que pedem conversa; não precisa dar conta de todos de uma vez.
    }
pair-reveal-all-agree = Vocês concordam em todos os pontos que responderam. Mesmo assim, pode valer a pena dizer isso em voz alta.
pair-reveal-close = Quer um lembrete para vocês olharem isso de novo, a dois, mais para a frente?
pair-revisit-m1 = Daqui a um mês
pair-revisit-m3 = Daqui a três meses
pair-revisit-m6 = Daqui a seis meses
pair-revisit-none = Sem lembrete
pair-revisit-set = Vou lembrar você daqui a { $months ->
        [one] um mês
       *[other] { $months } meses
    }.
pair-revisit-none-set = Tudo bem, sem lembrete.
pair-revisit-intro = Os combinados mudam conforme a relação muda. Aqui estão as perguntas de novo; no fim, você pode convidar seu par para comparar mais uma vez.
